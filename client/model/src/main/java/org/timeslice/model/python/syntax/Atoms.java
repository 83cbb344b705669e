package org.timeslice.model.python.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atom} rule of the grammar (names, numbers, strings, displays and comprehensions,
 * parenthesised forms) and the argument list of a call.
 */
final class Atoms {
  private Atoms() {}

  static Expr atom(ExpressionParser p) {
    Token t = p.peek();
    switch (t.kind()) {
      case NAME -> {
        if (t.text().equals("True") || t.text().equals("False") || t.text().equals("None")) {
          p.next();
          return ExpressionParser.constant(ExpressionParser.keywordConstant(t.text()), t);
        }
        if (!p.atIdentifier()) {
          throw p.invalid();
        }
        return p.nameNode(p.next(), Ctx.LOAD);
      }
      case NUMBER -> {
        p.next();
        return ExpressionParser.constant(number(t), t);
      }
      case STRING -> {
        List<Token> run = new ArrayList<>();
        while (p.atKind(Token.Kind.STRING)) {
          run.add(p.next());
        }
        return StringParser.parse(run);
      }
      case OP -> {
        switch (t.text()) {
          case "(":
            return paren(p);
          case "[":
            return list(p);
          case "{":
            return brace(p);
          case "...":
            p.next();
            return ExpressionParser.constant(ExpressionParser.ELLIPSIS, t);
          default:
            throw p.invalid();
        }
      }
      default -> throw p.invalid();
    }
  }

  /** A number literal's value ({@code parsenumber} in {@code Parser/pegen.c}). */
  static Object number(Token t) {
    String s = t.text().replace("_", "");
    String lower = s.toLowerCase();
    if (lower.endsWith("j")) {
      throw Cursor.unsupported(t, "a complex number");
    }
    if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
      int radix = lower.charAt(1) == 'x' ? 16 : lower.charAt(1) == 'o' ? 8 : 2;
      return new BigInteger(s.substring(2), radix);
    }
    if (lower.indexOf('.') >= 0 || lower.indexOf('e') >= 0) {
      return Double.parseDouble(s);
    }
    if (s.length() > 1 && s.charAt(0) == '0' && !s.matches("0+")) {
      throw Cursor.error(t, "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
          + "for octal integers");
    }
    return new BigInteger(s);
  }

  private static Expr paren(ExpressionParser p) {
    Token open = p.next();
    if (p.acceptOp(")")) {
      return p.span(new Expr.Sequence(Expr.Kind.TUPLE, new ArrayList<>(), Ctx.LOAD), open);
    }
    if (p.atName("yield")) {
      Expr y = p.yieldExpression();
      p.expectOp(")");
      return y;
    }
    Expr first = p.starNamedExpression();
    if (atFor(p)) {
      List<Expr.Comprehension> gens = p.forIfClauses();
      p.expectOp(")");
      return p.span(new Expr.Comp(Expr.Kind.GENERATOR_EXP, first, null, gens), open);
    }
    if (p.atOp(",")) {
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (p.acceptOp(",") && !p.atOp(")")) {
        elts.add(p.starNamedExpression());
      }
      p.expectOp(")");
      return p.span(new Expr.Sequence(Expr.Kind.TUPLE, elts, Ctx.LOAD), open);
    }
    p.expectOp(")");
    if (first.kind == Expr.Kind.STARRED) {
      throw Cursor.error(first, "cannot use starred expression here");
    }
    return first;
  }

  private static boolean atFor(ExpressionParser p) {
    return p.atName("for") || p.atName("async") && p.peek(1).isName("for");
  }

  private static Expr list(ExpressionParser p) {
    Token open = p.next();
    List<Expr> elts = new ArrayList<>();
    if (!p.atOp("]")) {
      Expr first = p.starNamedExpression();
      if (atFor(p)) {
        List<Expr.Comprehension> gens = p.forIfClauses();
        p.expectOp("]");
        return p.span(new Expr.Comp(Expr.Kind.LIST_COMP, first, null, gens), open);
      }
      elts.add(first);
      while (p.acceptOp(",") && !p.atOp("]")) {
        elts.add(p.starNamedExpression());
      }
    }
    p.expectOp("]");
    return p.span(new Expr.Sequence(Expr.Kind.LIST, elts, Ctx.LOAD), open);
  }

  private static Expr brace(ExpressionParser p) {
    Token open = p.next();
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    if (p.acceptOp("}")) {
      return p.span(new Expr.Dict(keys, values), open);
    }
    if (!p.atOp("**")) {
      Expr first = p.starNamedExpression();
      if (!p.atOp(":")) {
        return set(p, open, first);
      }
      p.next();
      Expr value = p.expression();
      if (atFor(p)) {
        List<Expr.Comprehension> gens = p.forIfClauses();
        p.expectOp("}");
        return p.span(new Expr.Comp(Expr.Kind.DICT_COMP, first, value, gens), open);
      }
      keys.add(first);
      values.add(value);
      if (!p.acceptOp(",")) {
        p.expectOp("}");
        return p.span(new Expr.Dict(keys, values), open);
      }
    }
    while (!p.atOp("}")) {
      if (p.acceptOp("**")) {
        keys.add(null);
        values.add(p.bitwiseOr());
      } else {
        keys.add(p.expression());
        p.expectOp(":");
        values.add(p.expression());
      }
      if (!p.acceptOp(",")) {
        break;
      }
    }
    p.expectOp("}");
    return p.span(new Expr.Dict(keys, values), open);
  }

  private static Expr set(ExpressionParser p, Token open, Expr first) {
    if (atFor(p)) {
      List<Expr.Comprehension> gens = p.forIfClauses();
      p.expectOp("}");
      return p.span(new Expr.Comp(Expr.Kind.SET_COMP, first, null, gens), open);
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (p.acceptOp(",") && !p.atOp("}")) {
      elts.add(p.starNamedExpression());
    }
    p.expectOp("}");
    return p.span(new Expr.SetDisplay(elts), open);
  }

  /** {@code primary '(' [arguments] ')'} and {@code primary genexp}. */
  static Expr call(ExpressionParser p, Expr func, Token first) {
    Token open = p.expectOp("(");
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawKwUnpack = false;
    while (!p.atOp(")")) {
      if (p.atOp("*")) {
        Token star = p.next();
        if (sawKwUnpack) {
          throw Cursor.error(star, "iterable argument unpacking follows keyword argument unpacking");
        }
        args.add(p.span(new Expr.Starred(p.expression(), Ctx.LOAD), star));
      } else if (p.atOp("**")) {
        Token star = p.next();
        keywords.add(p.span(new Expr.Keyword(null, p.expression()), star));
        sawKwUnpack = true;
      } else if (p.atIdentifier() && p.peek(1).isOp("=")) {
        Token name = p.next();
        p.next();
        keywords.add(p.span(new Expr.Keyword(name.text(), p.expression()), name));
        sawKeyword = true;
      } else {
        Expr e = p.namedExpression();
        if (atFor(p)) {
          List<Expr.Comprehension> gens = p.forIfClauses();
          if (!args.isEmpty() || !keywords.isEmpty() || !p.atOp(")")) {
            throw Cursor.error(e, "Generator expression must be parenthesized");
          }
          Expr.Comp genexp = new Expr.Comp(Expr.Kind.GENERATOR_EXP, e, null, gens);
          Token close = p.expectOp(")");
          genexp.at(open.line(), open.col(), close.endLine(), close.endCol());
          args.add(genexp);
          return p.span(new Expr.Call(func, args, keywords), first);
        }
        if (sawKwUnpack || sawKeyword) {
          throw Cursor.error(e, sawKwUnpack ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument");
        }
        args.add(e);
      }
      if (!p.acceptOp(",")) {
        break;
      }
    }
    p.expectOp(")");
    return p.span(new Expr.Call(func, args, keywords), first);
  }
}
