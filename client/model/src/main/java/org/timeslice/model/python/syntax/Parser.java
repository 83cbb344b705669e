package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a module into statements following CPython 3.11's {@code Grammar/python.gram}, with the node spans
 * and, for common mistakes, the messages CPython gives. Constructs outside the supported subset (pattern
 * matching, {@code except*}, bytes, complex numbers, {@code __future__} imports) are rejected with
 * "... is not supported" at their position.
 */
public final class Parser extends ExpressionParser {
  private Parser(List<Token> tokens) {
    super(tokens);
  }

  /** The statements of a module. */
  public static List<Stmt> parseModule(String source) {
    Parser p = new Parser(Tokenizer.tokenize(source));
    List<Stmt> body = new ArrayList<>();
    while (!p.atKind(Token.Kind.ENDMARKER)) {
      if (p.atKind(Token.Kind.INDENT)) {
        throw p.invalid();
      }
      p.statement(body);
    }
    return body;
  }

  private void statement(List<Stmt> out) {
    if (startsCompound()) {
      out.add(compound());
    } else {
      simpleStatements(out);
    }
  }

  private boolean startsCompound() {
    Token t = peek();
    if (t.isOp("@")) {
      return true;
    }
    if (t.kind() != Token.Kind.NAME) {
      return false;
    }
    return switch (t.text()) {
      case "def", "if", "class", "with", "for", "try", "while" -> true;
      case "async" -> peek(1).isName("def") || peek(1).isName("for") || peek(1).isName("with");
      case "match" -> isMatchStatement();
      default -> false;
    };
  }

  /** {@code match} is a soft keyword: a statement only if the line is {@code match subject:}. */
  private boolean isMatchStatement() {
    Token next = peek(1);
    if (next.kind() == Token.Kind.OP && !List.of("(", "[", "{", "-", "*").contains(next.text())) {
      return false;
    }
    for (int i = pos + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.NEWLINE) {
        return tokens.get(i - 1).isOp(":");
      }
    }
    return false;
  }

  private void simpleStatements(List<Stmt> out) {
    out.add(simpleStatement());
    while (acceptOp(";")) {
      if (atKind(Token.Kind.NEWLINE)) {
        break;
      }
      out.add(simpleStatement());
    }
    if (!atKind(Token.Kind.NEWLINE)) {
      throw invalid();
    }
    next();
  }

  private Stmt simpleStatement() {
    Token first = peek();
    if (first.kind() == Token.Kind.NAME) {
      switch (first.text()) {
        case "pass" -> {
          next();
          return span(new Stmt.Simple(Stmt.Kind.PASS), first);
        }
        case "break" -> {
          next();
          return span(new Stmt.Simple(Stmt.Kind.BREAK), first);
        }
        case "continue" -> {
          next();
          return span(new Stmt.Simple(Stmt.Kind.CONTINUE), first);
        }
        case "return" -> {
          next();
          Expr value = startsExpression() ? starExpressions() : null;
          return span(new Stmt.Valued(Stmt.Kind.RETURN, value), first);
        }
        case "raise" -> {
          return raise(first);
        }
        case "global", "nonlocal" -> {
          next();
          List<String> names = new ArrayList<>();
          do {
            names.add(identifier());
          } while (acceptOp(","));
          Stmt.Kind kind = first.text().equals("global") ? Stmt.Kind.GLOBAL : Stmt.Kind.NONLOCAL;
          return span(new Stmt.Declare(kind, names), first);
        }
        case "del" -> {
          next();
          List<Expr> list = new ArrayList<>();
          do {
            if (atKind(Token.Kind.NEWLINE) || atOp(";")) {
              break;
            }
            list.add(Targets.delete(bitwiseOr()));
          } while (acceptOp(","));
          return span(new Stmt.Delete(list), first);
        }
        case "assert" -> {
          next();
          Expr test = expression();
          Expr msg = acceptOp(",") ? expression() : null;
          return span(new Stmt.Assert(test, msg), first);
        }
        case "import" -> {
          return Imports.importName(this, first);
        }
        case "from" -> {
          return Imports.importFrom(this, first);
        }
        default -> { }
      }
    }
    return assignmentOrExpression(first);
  }

  private Stmt raise(Token first) {
    next();
    Expr exc = null;
    Expr cause = null;
    if (startsExpression()) {
      exc = expression();
      if (acceptName("from")) {
        cause = expression();
      }
    }
    return span(new Stmt.Raise(exc, cause), first);
  }

  private Expr rhs() {
    return atName("yield") ? yieldExpression() : starExpressions();
  }

  private Stmt assignmentOrExpression(Token first) {
    Expr e = rhs();
    if (atOp(":") && e.kind != Expr.Kind.YIELD && e.kind != Expr.Kind.YIELD_FROM) {
      next();
      if (e.kind != Expr.Kind.NAME && e.kind != Expr.Kind.ATTRIBUTE && e.kind != Expr.Kind.SUBSCRIPT) {
        throw error(e, "only single target (not " + Targets.describe(e) + ") can be annotated");
      }
      Targets.store(this, e, true);
      Expr annotation = expression();
      Expr value = acceptOp("=") ? rhs() : null;
      boolean simple = e.kind == Expr.Kind.NAME && first.kind() == Token.Kind.NAME;
      return span(new Stmt.AnnAssign(e, annotation, value, simple), first);
    }
    if (atOp("=")) {
      List<Expr> targets = new ArrayList<>();
      targets.add(e);
      Expr value = null;
      while (acceptOp("=")) {
        value = rhs();
        if (atOp("=")) {
          targets.add(value);
        }
      }
      for (Expr t : targets) {
        Targets.store(this, t, true);
      }
      return span(new Stmt.Assign(targets, value), first);
    }
    Token t = peek();
    if (t.kind() == Token.Kind.OP && t.text().length() >= 2 && t.text().endsWith("=")
        && Operator.of(t.text().substring(0, t.text().length() - 1)) != null) {
      next();
      if (e.kind != Expr.Kind.NAME && e.kind != Expr.Kind.ATTRIBUTE && e.kind != Expr.Kind.SUBSCRIPT) {
        throw error(e, "'" + Targets.describe(e) + "' is an illegal expression for augmented assignment");
      }
      Targets.store(this, e, false);
      Operator op = Operator.of(t.text().substring(0, t.text().length() - 1));
      return span(new Stmt.AugAssign(e, op, rhs()), first);
    }
    return span(new Stmt.Valued(Stmt.Kind.EXPR, e), first);
  }

  /** {@code block}: an indented suite, or simple statements on the same line. */
  List<Stmt> block(String after, Token keyword) {
    List<Stmt> body = new ArrayList<>();
    if (atKind(Token.Kind.NEWLINE)) {
      next();
      if (!atKind(Token.Kind.INDENT)) {
        Token t = peek();
        throw error(t.line(), t.col(), "expected an indented block after " + after + " on line "
            + keyword.line());
      }
      next();
      while (!atKind(Token.Kind.DEDENT) && !atKind(Token.Kind.ENDMARKER)) {
        if (atKind(Token.Kind.INDENT)) {
          throw invalid();
        }
        statement(body);
      }
      acceptDedent();
    } else {
      simpleStatements(body);
    }
    return body;
  }

  private void acceptDedent() {
    if (atKind(Token.Kind.DEDENT)) {
      next();
    }
  }

  /** Sets a compound statement's span: from its keyword to the end of its last statement. */
  static <T extends Stmt> T compoundSpan(T node, Token first, List<Stmt> lastBody) {
    Stmt last = lastBody.get(lastBody.size() - 1);
    node.at(first.line(), first.col(), last.endLineno, last.endColOffset);
    return node;
  }

  private Stmt compound() {
    return new CompoundParser(this).parse();
  }
}
