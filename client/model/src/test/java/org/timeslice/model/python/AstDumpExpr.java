package org.timeslice.model.python;

import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.CmpOp;
import org.timeslice.model.python.syntax.Expr;

/** The expression half of {@link AstDump}. */
final class AstDumpExpr {
  private AstDumpExpr() {}

  static void dump(AstDump d, Expr e) {
    switch (e.kind) {
      case BOOL_OP -> {
        Expr.BoolOp b = (Expr.BoolOp) e;
        d.openNode("BoolOp", e);
        d.fieldName("op", true);
        d.append(b.isAnd ? "And()" : "Or()");
        d.fieldName("values", false);
        d.exprList(b.values);
      }
      case NAMED_EXPR -> {
        Expr.NamedExpr n = (Expr.NamedExpr) e;
        d.openNode("NamedExpr", e);
        d.fieldName("target", true);
        d.exprField(n.target);
        d.fieldName("value", false);
        d.exprField(n.value);
      }
      case BIN_OP -> {
        Expr.BinOp b = (Expr.BinOp) e;
        d.openNode("BinOp", e);
        d.fieldName("left", true);
        d.exprField(b.left);
        d.fieldName("op", false);
        d.append(AstDump.operator(b.op) + "()");
        d.fieldName("right", false);
        d.exprField(b.right);
      }
      case UNARY_OP -> {
        Expr.Unary u = (Expr.Unary) e;
        d.openNode("UnaryOp", e);
        d.fieldName("op", true);
        d.append(switch (u.op) {
          case INVERT -> "Invert()";
          case NOT -> "Not()";
          case UADD -> "UAdd()";
          case USUB -> "USub()";
        });
        d.fieldName("operand", false);
        d.exprField(u.operand);
      }
      case LAMBDA -> {
        Expr.Lambda l = (Expr.Lambda) e;
        d.openNode("Lambda", e);
        d.fieldName("args", true);
        d.argumentsField(l.args);
        d.fieldName("body", false);
        d.exprField(l.body);
      }
      case IF_EXP -> {
        Expr.IfExp i = (Expr.IfExp) e;
        d.openNode("IfExp", e);
        d.fieldName("test", true);
        d.exprField(i.test);
        d.fieldName("body", false);
        d.exprField(i.body);
        d.fieldName("orelse", false);
        d.exprField(i.orelse);
      }
      case DICT -> {
        Expr.Dict x = (Expr.Dict) e;
        d.openNode("Dict", e);
        d.fieldName("keys", true);
        d.exprList(x.keys);
        d.fieldName("values", false);
        d.exprList(x.values);
      }
      case SET -> {
        d.openNode("Set", e);
        d.fieldName("elts", true);
        d.exprList(((Expr.SetDisplay) e).elts);
      }
      case LIST_COMP, SET_COMP, DICT_COMP, GENERATOR_EXP -> comp(d, (Expr.Comp) e);
      case AWAIT, YIELD, YIELD_FROM -> {
        d.openNode(e.kind == Expr.Kind.AWAIT ? "Await" : e.kind == Expr.Kind.YIELD ? "Yield" : "YieldFrom", e);
        d.fieldName("value", true);
        d.exprField(((Expr.Suspend) e).value);
      }
      case COMPARE -> {
        Expr.Compare c = (Expr.Compare) e;
        d.openNode("Compare", e);
        d.fieldName("left", true);
        d.exprField(c.left);
        d.fieldName("ops", false);
        d.append("[");
        for (int i = 0; i < c.ops.size(); i++) {
          d.append((i == 0 ? "" : ", ") + cmp(c.ops.get(i)) + "()");
        }
        d.append("]");
        d.fieldName("comparators", false);
        d.exprList(c.comparators);
      }
      case CALL -> {
        Expr.Call c = (Expr.Call) e;
        d.openNode("Call", e);
        d.fieldName("func", true);
        d.exprField(c.func);
        d.fieldName("args", false);
        d.exprList(c.args);
        d.fieldName("keywords", false);
        d.keywordList(c.keywords);
      }
      case FORMATTED_VALUE -> {
        Expr.FormattedValue f = (Expr.FormattedValue) e;
        d.openNode("FormattedValue", e);
        d.fieldName("value", true);
        d.exprField(f.value);
        d.fieldName("conversion", false);
        d.append(String.valueOf(f.conversion));
        d.fieldName("format_spec", false);
        d.exprField(f.formatSpec);
      }
      case JOINED_STR -> {
        d.openNode("JoinedStr", e);
        d.fieldName("values", true);
        d.exprList(((Expr.JoinedStr) e).values);
      }
      case CONSTANT -> {
        d.openNode("Constant", e);
        d.fieldName("value", true);
        d.append(Constants.repr(((Expr.Constant) e).value));
      }
      default -> target(d, e);
    }
    d.append(")");
  }

  private static void target(AstDump d, Expr e) {
    switch (e.kind) {
      case ATTRIBUTE -> {
        Expr.Attribute a = (Expr.Attribute) e;
        d.openNode("Attribute", e);
        d.fieldName("value", true);
        d.exprField(a.value);
        d.fieldName("attr", false);
        d.append(Constants.stringRepr(a.attr));
        d.ctxField(a.ctx, false);
      }
      case SUBSCRIPT -> {
        Expr.Subscript s = (Expr.Subscript) e;
        d.openNode("Subscript", e);
        d.fieldName("value", true);
        d.exprField(s.value);
        d.fieldName("slice", false);
        d.exprField(s.slice);
        d.ctxField(s.ctx, false);
      }
      case STARRED -> {
        Expr.Starred s = (Expr.Starred) e;
        d.openNode("Starred", e);
        d.fieldName("value", true);
        d.exprField(s.value);
        d.ctxField(s.ctx, false);
      }
      case NAME -> {
        Expr.Name n = (Expr.Name) e;
        d.openNode("Name", e);
        d.fieldName("id", true);
        d.append(Constants.stringRepr(n.id));
        d.ctxField(n.ctx, false);
      }
      case LIST, TUPLE -> {
        Expr.Sequence s = (Expr.Sequence) e;
        d.openNode(e.kind == Expr.Kind.LIST ? "List" : "Tuple", e);
        d.fieldName("elts", true);
        d.exprList(s.elts);
        d.ctxField(s.ctx, false);
      }
      case SLICE -> {
        Expr.Slice s = (Expr.Slice) e;
        d.openNode("Slice", e);
        d.fieldName("lower", true);
        d.exprField(s.lower);
        d.fieldName("upper", false);
        d.exprField(s.upper);
        d.fieldName("step", false);
        d.exprField(s.step);
      }
      default -> throw new IllegalStateException(e.kind.toString());
    }
  }

  private static void comp(AstDump d, Expr.Comp c) {
    String name = switch (c.kind) {
      case LIST_COMP -> "ListComp";
      case SET_COMP -> "SetComp";
      case DICT_COMP -> "DictComp";
      default -> "GeneratorExp";
    };
    d.openNode(name, c);
    d.fieldName(c.kind == Expr.Kind.DICT_COMP ? "key" : "elt", true);
    d.exprField(c.elt);
    if (c.kind == Expr.Kind.DICT_COMP) {
      d.fieldName("value", false);
      d.exprField(c.value);
    }
    d.fieldName("generators", false);
    d.append("[");
    for (int i = 0; i < c.generators.size(); i++) {
      Expr.Comprehension g = c.generators.get(i);
      d.append(i == 0 ? "comprehension(" : ", comprehension(");
      d.fieldName("target", true);
      d.exprField(g.target);
      d.fieldName("iter", false);
      d.exprField(g.iter);
      d.fieldName("ifs", false);
      d.exprList(g.ifs);
      d.fieldName("is_async", false);
      d.append(g.isAsync ? "1)" : "0)");
    }
    d.append("]");
  }

  private static String cmp(CmpOp op) {
    return switch (op) {
      case EQ -> "Eq";
      case NOT_EQ -> "NotEq";
      case LT -> "Lt";
      case LT_E -> "LtE";
      case GT -> "Gt";
      case GT_E -> "GtE";
      case IS -> "Is";
      case IS_NOT -> "IsNot";
      case IN -> "In";
      case NOT_IN -> "NotIn";
    };
  }
}
