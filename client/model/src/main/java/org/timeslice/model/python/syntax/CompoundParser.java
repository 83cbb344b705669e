package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Compound statements ({@code if}, {@code while}, {@code for}, {@code try}, {@code with}, {@code def},
 * {@code class}, their {@code async} forms and decorators): each spans from its keyword to the end of its
 * last block.
 */
final class CompoundParser {
  private final Parser p;

  CompoundParser(Parser p) {
    this.p = p;
  }

  Stmt parse() {
    List<Expr> decorators = new ArrayList<>();
    while (p.atOp("@")) {
      p.next();
      decorators.add(p.namedExpression());
      if (!p.atKind(Token.Kind.NEWLINE)) {
        throw p.invalid();
      }
      p.next();
    }
    Token first = p.peek();
    if (!decorators.isEmpty() && !first.isName("def") && !first.isName("class")
        && !(first.isName("async") && p.peek(1).isName("def"))) {
      throw p.invalid();
    }
    boolean isAsync = p.acceptName("async");
    Token kw = p.next();
    return switch (kw.text()) {
      case "def" -> function(first, isAsync, decorators);
      case "class" -> classDef(first, decorators);
      case "if" -> ifStatement(first, "'if' statement");
      case "while" -> whileStatement(first);
      case "for" -> forStatement(first, isAsync);
      case "with" -> withStatement(first, isAsync);
      case "try" -> tryStatement(first);
      case "match" -> throw Cursor.unsupported(kw, "a match statement");
      default -> throw Cursor.error(kw, "invalid syntax");
    };
  }

  private Stmt function(Token first, boolean isAsync, List<Expr> decorators) {
    String name = p.identifier();
    p.expectOp("(");
    Expr.Arguments args = Parameters.parse(p, true, ")");
    p.expectOp(")");
    Expr returns = p.acceptOp("->") ? p.expression() : null;
    p.expectOp(":");
    List<Stmt> body = p.block("function definition", first);
    return Parser.compoundSpan(new Stmt.FunctionDef(isAsync, name, args, body, decorators, returns), first, body);
  }

  private Stmt classDef(Token first, List<Expr> decorators) {
    String name = p.identifier();
    List<Expr> bases = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    if (p.atOp("(")) {
      Expr.Call call = (Expr.Call) Atoms.call(p, null, p.peek());
      bases.addAll(call.args);
      keywords.addAll(call.keywords);
    }
    p.expectOp(":");
    List<Stmt> body = p.block("class definition", first);
    return Parser.compoundSpan(new Stmt.ClassDef(name, bases, keywords, body, decorators), first, body);
  }

  private Stmt ifStatement(Token first, String what) {
    Expr test = p.namedExpression();
    p.expectOp(":");
    List<Stmt> body = p.block(what, first);
    List<Stmt> orelse = new ArrayList<>();
    if (p.atName("elif")) {
      Token elif = p.next();
      orelse.add(ifStatement(elif, "'elif' statement"));
    } else if (p.atName("else")) {
      orelse = elseBlock();
    }
    return Parser.compoundSpan(new Stmt.Conditional(Stmt.Kind.IF, test, body, orelse), first,
        orelse.isEmpty() ? body : orelse);
  }

  private List<Stmt> elseBlock() {
    Token kw = p.next();
    p.expectOp(":");
    return p.block("'else' statement", kw);
  }

  private Stmt whileStatement(Token first) {
    Expr test = p.namedExpression();
    p.expectOp(":");
    List<Stmt> body = p.block("'while' statement", first);
    List<Stmt> orelse = p.atName("else") ? elseBlock() : new ArrayList<>();
    return Parser.compoundSpan(new Stmt.Conditional(Stmt.Kind.WHILE, test, body, orelse), first,
        orelse.isEmpty() ? body : orelse);
  }

  private Stmt forStatement(Token first, boolean isAsync) {
    Expr target = Targets.store(p, p.targetList("in"), false);
    p.expectName("in");
    Expr iter = p.starExpressions();
    p.expectOp(":");
    List<Stmt> body = p.block("'for' statement", first);
    List<Stmt> orelse = p.atName("else") ? elseBlock() : new ArrayList<>();
    return Parser.compoundSpan(new Stmt.For(isAsync, target, iter, body, orelse), first,
        orelse.isEmpty() ? body : orelse);
  }

  private Stmt withStatement(Token first, boolean isAsync) {
    List<Stmt.WithItem> items = null;
    if (p.atOp("(")) {
      int save = p.pos;
      try {
        p.next();
        items = withItems(")");
        p.expectOp(")");
        if (!p.atOp(":")) {
          items = null;
        }
      } catch (PythonSyntaxError e) {
        items = null;
      }
      if (items == null) {
        p.pos = save;
      }
    }
    if (items == null) {
      items = withItems(":");
    }
    p.expectOp(":");
    List<Stmt> body = p.block("'with' statement", first);
    return Parser.compoundSpan(new Stmt.With(isAsync, items, body), first, body);
  }

  private List<Stmt.WithItem> withItems(String close) {
    List<Stmt.WithItem> items = new ArrayList<>();
    do {
      if (p.atOp(close)) {
        break;
      }
      Expr context = p.expression();
      Expr vars = null;
      if (p.acceptName("as")) {
        vars = Targets.store(p, p.atOp("*") ? p.targetList(":") : p.bitwiseOr(), false);
      }
      items.add(new Stmt.WithItem(context, vars));
    } while (p.acceptOp(","));
    return items;
  }

  private Stmt tryStatement(Token first) {
    p.expectOp(":");
    List<Stmt> body = p.block("'try' statement", first);
    List<Stmt.Handler> handlers = new ArrayList<>();
    List<Stmt> orelse = new ArrayList<>();
    List<Stmt> finalbody = new ArrayList<>();
    List<Stmt> last = body;
    while (p.atName("except")) {
      Stmt.Handler h = handler();
      handlers.add(h);
      last = h.body;
    }
    if (p.atName("else")) {
      if (handlers.isEmpty()) {
        throw Cursor.error(p.peek(), "expected 'except' or 'finally' block");
      }
      orelse = elseBlock();
      last = orelse;
    }
    if (p.atName("finally")) {
      Token kw = p.next();
      p.expectOp(":");
      finalbody = p.block("'finally' statement", kw);
      last = finalbody;
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      throw Cursor.error(p.peek(), "expected 'except' or 'finally' block");
    }
    return Parser.compoundSpan(new Stmt.Try(body, handlers, orelse, finalbody), first, last);
  }

  private Stmt.Handler handler() {
    Token kw = p.next();
    if (p.atOp("*")) {
      throw Cursor.unsupported(p.peek(), "except*");
    }
    Expr type = null;
    String name = null;
    if (!p.atOp(":")) {
      type = p.expression();
      if (p.atOp(",")) {
        throw Cursor.error(type, "multiple exception types must be parenthesized");
      }
      if (p.acceptName("as")) {
        name = p.identifier();
      }
    }
    p.expectOp(":");
    List<Stmt> body = p.block("'except' statement", kw);
    Stmt.Handler h = new Stmt.Handler(type, name, body);
    Stmt end = body.get(body.size() - 1);
    h.at(kw.line(), kw.col(), end.endLineno, end.endColOffset);
    return h;
  }
}
