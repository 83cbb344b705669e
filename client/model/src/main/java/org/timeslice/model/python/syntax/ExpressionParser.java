package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.code.Singleton;

/**
 * Expressions of CPython 3.11's grammar ({@code Grammar/python.gram}), parsed by recursive descent with one
 * method per rule and the node spans the PEG parser gives ({@code EXTRA}: from the first token a rule
 * consumed to the last; a parenthesised expression keeps its own span, a parenthesised tuple or generator
 * includes the parentheses).
 */
class ExpressionParser extends Cursor {
  private static final String[][] BINARY_LEVELS = {
    {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
  };

  ExpressionParser(List<Token> tokens) {
    super(tokens);
  }

  /** {@code star_expressions}: one expression, or a tuple of them. */
  Expr starExpressions() {
    Token first = peek();
    Expr e = starExpression();
    if (!atOp(",")) {
      return e;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(e);
    while (acceptOp(",") && startsExpression()) {
      elts.add(starExpression());
    }
    return span(new Expr.Sequence(Expr.Kind.TUPLE, elts, Ctx.LOAD), first);
  }

  /** {@code expressions}: like {@link #starExpressions} without starred items. */
  Expr expressions() {
    Token first = peek();
    Expr e = expression();
    if (!atOp(",")) {
      return e;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(e);
    while (acceptOp(",") && startsExpression()) {
      elts.add(expression());
    }
    return span(new Expr.Sequence(Expr.Kind.TUPLE, elts, Ctx.LOAD), first);
  }

  Expr starExpression() {
    if (atOp("*")) {
      Token star = next();
      return span(new Expr.Starred(bitwiseOr(), Ctx.LOAD), star);
    }
    return expression();
  }

  Expr starNamedExpression() {
    if (atOp("*")) {
      Token star = next();
      return span(new Expr.Starred(bitwiseOr(), Ctx.LOAD), star);
    }
    return namedExpression();
  }

  /** {@code named_expression}: {@code NAME := expression} or an expression. */
  Expr namedExpression() {
    if (atIdentifier() && peek(1).isOp(":=")) {
      Token name = next();
      next();
      Expr target = nameNode(name, Ctx.STORE);
      return span(new Expr.NamedExpr(target, expression()), name);
    }
    Expr e = expression();
    if (atOp(":=")) {
      throw error(e, "cannot use assignment expressions with " + Targets.describe(e));
    }
    return e;
  }

  /** The expression of an f-string replacement field (a yield or any of star_expressions). */
  Expr fstringExpression() {
    if (atName("yield")) {
      return yieldExpression();
    }
    return starExpressions();
  }

  Expr expression() {
    if (atName("lambda")) {
      return lambda();
    }
    Token first = peek();
    Expr body = disjunction();
    if (atName("if")) {
      next();
      Expr test = disjunction();
      expectName("else");
      Expr orelse = expression();
      return span(new Expr.IfExp(test, body, orelse), first);
    }
    return body;
  }

  /** {@code yield_expr}: {@code yield from x} or {@code yield [values]}. */
  Expr yieldExpression() {
    Token kw = expectName("yield");
    if (acceptName("from")) {
      return span(new Expr.Suspend(Expr.Kind.YIELD_FROM, expression()), kw);
    }
    Expr value = startsExpression() ? starExpressions() : null;
    return span(new Expr.Suspend(Expr.Kind.YIELD, value), kw);
  }

  private Expr lambda() {
    Token kw = next();
    Expr.Arguments args = Parameters.parse(this, false, ":");
    expectOp(":");
    Expr body = expression();
    return span(new Expr.Lambda(args, body), kw);
  }

  Expr disjunction() {
    return boolOp(false);
  }

  private Expr boolOp(boolean isAnd) {
    Token start = peek();
    Expr first = isAnd ? inversion() : boolOp(true);
    if (!atName(isAnd ? "and" : "or")) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (acceptName(isAnd ? "and" : "or")) {
      values.add(isAnd ? inversion() : boolOp(true));
    }
    return span(new Expr.BoolOp(isAnd, values), start);
  }

  private Expr inversion() {
    if (atName("not")) {
      Token kw = next();
      Expr operand = inversion();
      return span(new Expr.Unary(UnaryOp.NOT, operand), kw);
    }
    return comparison();
  }

  private Expr comparison() {
    Token first = peek();
    Expr left = bitwiseOr();
    List<CmpOp> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    while (true) {
      CmpOp op = compareOp();
      if (op == null) {
        break;
      }
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    if (ops.isEmpty()) {
      return left;
    }
    return span(new Expr.Compare(left, ops, comparators), first);
  }

  private CmpOp compareOp() {
    Token t = peek();
    if (t.kind() == Token.Kind.OP) {
      CmpOp op = switch (t.text()) {
        case "==" -> CmpOp.EQ;
        case "!=" -> CmpOp.NOT_EQ;
        case "<" -> CmpOp.LT;
        case "<=" -> CmpOp.LT_E;
        case ">" -> CmpOp.GT;
        case ">=" -> CmpOp.GT_E;
        default -> null;
      };
      if (op != null) {
        next();
      }
      return op;
    }
    if (t.isName("in")) {
      next();
      return CmpOp.IN;
    }
    if (t.isName("not") && peek(1).isName("in")) {
      pos += 2;
      return CmpOp.NOT_IN;
    }
    if (t.isName("is")) {
      next();
      return acceptName("not") ? CmpOp.IS_NOT : CmpOp.IS;
    }
    return null;
  }

  Expr bitwiseOr() {
    return binary(0);
  }

  private Expr binary(int level) {
    if (level == BINARY_LEVELS.length) {
      return factor();
    }
    Token first = peek();
    Expr left = binary(level + 1);
    while (peek().kind() == Token.Kind.OP && contains(BINARY_LEVELS[level], peek().text())) {
      Operator op = Operator.of(next().text());
      Expr right = binary(level + 1);
      left = span(new Expr.BinOp(left, op, right), first);
    }
    return left;
  }

  private static boolean contains(String[] ops, String op) {
    for (String o : ops) {
      if (o.equals(op)) {
        return true;
      }
    }
    return false;
  }

  private Expr factor() {
    Token t = peek();
    UnaryOp op = t.isOp("+") ? UnaryOp.UADD : t.isOp("-") ? UnaryOp.USUB : t.isOp("~") ? UnaryOp.INVERT : null;
    if (op != null) {
      next();
      Expr operand = factor();
      return span(new Expr.Unary(op, operand), t);
    }
    return power();
  }

  private Expr power() {
    Token first = peek();
    Expr base = awaitPrimary();
    if (acceptOp("**")) {
      Expr exp = factor();
      return span(new Expr.BinOp(base, Operator.POW, exp), first);
    }
    return base;
  }

  private Expr awaitPrimary() {
    if (atName("await")) {
      Token kw = next();
      return span(new Expr.Suspend(Expr.Kind.AWAIT, primary()), kw);
    }
    return primary();
  }

  Expr primary() {
    Token first = peek();
    Expr e = Atoms.atom(this);
    while (true) {
      if (atOp(".")) {
        next();
        String attr = identifier();
        e = span(new Expr.Attribute(e, attr, Ctx.LOAD), first);
      } else if (atOp("(")) {
        e = Atoms.call(this, e, first);
      } else if (atOp("[")) {
        next();
        Expr slice = slices();
        expectOp("]");
        e = span(new Expr.Subscript(e, slice, Ctx.LOAD), first);
      } else {
        return e;
      }
    }
  }

  private Expr slices() {
    Token first = peek();
    Expr s = slice();
    if (!atOp(",")) {
      return s;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(s);
    while (acceptOp(",") && !atOp("]")) {
      elts.add(atOp("*") ? starExpression() : slice());
    }
    return span(new Expr.Sequence(Expr.Kind.TUPLE, elts, Ctx.LOAD), first);
  }

  private Expr slice() {
    Token first = peek();
    Expr lower = null;
    if (!atOp(":")) {
      lower = namedExpression();
      if (!atOp(":")) {
        return lower;
      }
    }
    expectOp(":");
    Expr upper = startsExpression() ? expression() : null;
    Expr step = null;
    if (acceptOp(":") && startsExpression()) {
      step = expression();
    }
    return span(new Expr.Slice(lower, upper, step), first);
  }

  /** {@code for_if_clauses} of a comprehension. */
  List<Expr.Comprehension> forIfClauses() {
    List<Expr.Comprehension> out = new ArrayList<>();
    while (atName("for") || atName("async") && peek(1).isName("for")) {
      boolean isAsync = acceptName("async");
      expectName("for");
      Expr target = Targets.store(this, targetList("in"), false);
      expectName("in");
      Expr iter = disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (acceptName("if")) {
        ifs.add(disjunction());
      }
      out.add(new Expr.Comprehension(target, iter, ifs, isAsync));
    }
    return out;
  }

  /**
   * {@code star_targets} (of {@code for}, a comprehension or {@code with ... as}): items at the level of
   * {@code bitwise_or} so that the {@code in} that follows is not read as a comparison.
   */
  Expr targetList(String stop) {
    Token first = peek();
    Expr e = atOp("*") ? starredTarget() : bitwiseOr();
    if (!atOp(",")) {
      return e;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(e);
    while (acceptOp(",") && !atName(stop) && !atOp(":") && !atOp("=")) {
      elts.add(atOp("*") ? starredTarget() : bitwiseOr());
    }
    return span(new Expr.Sequence(Expr.Kind.TUPLE, elts, Ctx.STORE), first);
  }

  private Expr starredTarget() {
    Token star = next();
    return span(new Expr.Starred(bitwiseOr(), Ctx.STORE), star);
  }

  /** True if the next token can start an expression. */
  boolean startsExpression() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER, STRING:
        return true;
      case NAME:
        return !KEYWORDS.contains(t.text()) || List.of("True", "False", "None", "not", "lambda", "await")
            .contains(t.text());
      case OP:
        return List.of("(", "[", "{", "-", "+", "~", "*", "...").contains(t.text());
      default:
        return false;
    }
  }

  Expr nameNode(Token t, Ctx ctx) {
    Expr.Name n = new Expr.Name(t.text(), ctx);
    n.at(t.line(), t.col(), t.endLine(), t.endCol());
    return n;
  }

  static Expr constant(Object value, Token t) {
    Expr.Constant c = new Expr.Constant(value);
    c.at(t.line(), t.col(), t.endLine(), t.endCol());
    return c;
  }

  static Object keywordConstant(String name) {
    return switch (name) {
      case "True" -> Boolean.TRUE;
      case "False" -> Boolean.FALSE;
      default -> Constants.NONE;
    };
  }

  static final Object ELLIPSIS = Singleton.ELLIPSIS;
}
