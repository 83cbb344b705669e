package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.CmpOp;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Operator;

/**
 * Expressions, ported from CPython 3.11's {@code compile.c}: {@code compiler_visit_expr1} and the helpers
 * for boolean operators, comparisons and conditional jumps, displays with and without unpacking,
 * subscripts, slices and attributes. Calls, f-strings, lambdas and comprehensions are in
 * {@link CallCodeGen}.
 */
abstract class ExprCodeGen extends CodeGen {
  static final int STACK_USE_GUIDELINE = 30;

  ExprCodeGen(String filename, SymbolTable st) {
    super(filename, st);
  }

  abstract void call(Expr.Call e);

  abstract void lambda(Expr.Lambda e);

  abstract void comprehension(Expr.Comp e);

  abstract void joinedStr(Expr.JoinedStr e);

  abstract void formattedValue(Expr.FormattedValue e);

  /** {@code compiler_visit_expr}: visits with the expression's location, then restores the previous one. */
  @Override
  void visitExpr(Expr e) {
    int[] saved = saveLoc();
    setLoc(e);
    visitExpr1(e);
    restoreLoc(saved);
  }

  void visitExprs(List<Expr> list) {
    for (Expr e : list) {
      visitExpr(e);
    }
  }

  private void visitExpr1(Expr e) {
    switch (e.kind) {
      case NAMED_EXPR -> {
        Expr.NamedExpr n = (Expr.NamedExpr) e;
        visitExpr(n.value);
        addopI(COPY, 1);
        visitExpr(n.target);
      }
      case BOOL_OP -> boolop((Expr.BoolOp) e);
      case BIN_OP -> {
        Expr.BinOp b = (Expr.BinOp) e;
        visitExpr(b.left);
        visitExpr(b.right);
        addopI(BINARY_OP, binaryOparg(b.op, false));
      }
      case UNARY_OP -> {
        Expr.Unary un = (Expr.Unary) e;
        visitExpr(un.operand);
        addop(switch (un.op) {
          case INVERT -> UNARY_INVERT;
          case NOT -> UNARY_NOT;
          case UADD -> UNARY_POSITIVE;
          case USUB -> UNARY_NEGATIVE;
        });
      }
      case LAMBDA -> lambda((Expr.Lambda) e);
      case IF_EXP -> ifexp((Expr.IfExp) e);
      case DICT -> dict((Expr.Dict) e);
      case SET -> starunpack(((Expr.SetDisplay) e).elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
      case GENERATOR_EXP, LIST_COMP, SET_COMP, DICT_COMP -> comprehension((Expr.Comp) e);
      case YIELD -> {
        if (u.ste.type != Scope.Type.FUNCTION) {
          throw error("'yield' outside function");
        }
        Expr.Suspend y = (Expr.Suspend) e;
        if (y.value != null) {
          visitExpr(y.value);
        } else {
          loadConst(Constants.NONE);
        }
        addopYield();
      }
      case YIELD_FROM -> {
        if (u.ste.type != Scope.Type.FUNCTION) {
          throw error("'yield' outside function");
        }
        if (u.kind == Unit.Kind.ASYNC_FUNCTION) {
          throw error("'yield from' inside async function");
        }
        visitExpr(((Expr.Suspend) e).value);
        addop(GET_YIELD_FROM_ITER);
        loadConst(Constants.NONE);
        addYieldFrom(false);
      }
      case AWAIT -> {
        if (u.ste.type != Scope.Type.FUNCTION) {
          throw error("'await' outside function");
        }
        if (u.kind != Unit.Kind.ASYNC_FUNCTION && u.kind != Unit.Kind.COMPREHENSION) {
          throw error("'await' outside async function");
        }
        visitExpr(((Expr.Suspend) e).value);
        addopI(GET_AWAITABLE, 0);
        loadConst(Constants.NONE);
        addYieldFrom(true);
      }
      case COMPARE -> compare((Expr.Compare) e);
      case CALL -> call((Expr.Call) e);
      case CONSTANT -> loadConst(((Expr.Constant) e).value);
      case JOINED_STR -> joinedStr((Expr.JoinedStr) e);
      case FORMATTED_VALUE -> formattedValue((Expr.FormattedValue) e);
      case ATTRIBUTE -> attribute((Expr.Attribute) e);
      case SUBSCRIPT -> subscript((Expr.Subscript) e);
      case STARRED -> throw error(((Expr.Starred) e).ctx == Ctx.STORE
          ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
      case SLICE -> slice((Expr.Slice) e);
      case NAME -> nameop(((Expr.Name) e).id, ((Expr.Name) e).ctx);
      case LIST, TUPLE -> sequence((Expr.Sequence) e);
    }
  }

  void addopYield() {
    if (u.ste.generator && u.ste.coroutine) {
      addop(ASYNC_GEN_WRAP);
    }
    addop(YIELD_VALUE);
    addopI(RESUME, 1);
  }

  /** {@code addop_binary}: the BINARY_OP argument ({@code NB_*} of {@code Lib/opcode.py}). */
  static int binaryOparg(Operator op, boolean inplace) {
    int base = switch (op) {
      case ADD -> 0;
      case BIT_AND -> 1;
      case FLOOR_DIV -> 2;
      case LSHIFT -> 3;
      case MAT_MULT -> 4;
      case MULT -> 5;
      case MOD -> 6;
      case BIT_OR -> 7;
      case POW -> 8;
      case RSHIFT -> 9;
      case SUB -> 10;
      case DIV -> 11;
      case BIT_XOR -> 12;
    };
    return inplace ? base + 13 : base;
  }

  private void boolop(Expr.BoolOp e) {
    int jumpi = e.isAnd ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    Block end = newBlock();
    int n = e.values.size() - 1;
    for (int i = 0; i < n; i++) {
      visitExpr(e.values.get(i));
      addopJ(jumpi, end);
      useNextBlock(newBlock());
    }
    visitExpr(e.values.get(n));
    useNextBlock(end);
  }

  void addCompare(CmpOp op) {
    switch (op) {
      case IS -> addopI(IS_OP, 0);
      case IS_NOT -> addopI(IS_OP, 1);
      case IN -> addopI(CONTAINS_OP, 0);
      case NOT_IN -> addopI(CONTAINS_OP, 1);
      default -> addopI(COMPARE_OP, switch (op) {
        case LT -> 0;
        case LT_E -> 1;
        case EQ -> 2;
        case NOT_EQ -> 3;
        case GT -> 4;
        default -> 5;
      });
    }
  }

  /** {@code compiler_jump_if}: jumps to {@code next} if the condition's truth equals {@code cond}. */
  void jumpIf(Expr e, Block next, boolean cond) {
    switch (e.kind) {
      case UNARY_OP -> {
        if (((Expr.Unary) e).op == org.timeslice.model.python.syntax.UnaryOp.NOT) {
          jumpIf(((Expr.Unary) e).operand, next, !cond);
          return;
        }
      }
      case BOOL_OP -> {
        Expr.BoolOp b = (Expr.BoolOp) e;
        int n = b.values.size() - 1;
        boolean cond2 = !b.isAnd;
        Block next2 = next;
        if (cond2 != cond) {
          next2 = newBlock();
        }
        for (int i = 0; i < n; i++) {
          jumpIf(b.values.get(i), next2, cond2);
        }
        jumpIf(b.values.get(n), next, cond);
        if (next2 != next) {
          useNextBlock(next2);
        }
        return;
      }
      case IF_EXP -> {
        Expr.IfExp i = (Expr.IfExp) e;
        Block end = newBlock();
        Block next2 = newBlock();
        jumpIf(i.test, next2, false);
        jumpIf(i.body, next, cond);
        addopJNoline(JUMP, end);
        useNextBlock(next2);
        jumpIf(i.orelse, next, cond);
        useNextBlock(end);
        return;
      }
      case COMPARE -> {
        setLoc(e);
        Expr.Compare c = (Expr.Compare) e;
        int n = c.ops.size() - 1;
        if (n > 0) {
          Block cleanup = newBlock();
          visitExpr(c.left);
          for (int i = 0; i < n; i++) {
            visitExpr(c.comparators.get(i));
            addopI(SWAP, 2);
            addopI(COPY, 2);
            addCompare(c.ops.get(i));
            addopJ(POP_JUMP_IF_FALSE, cleanup);
          }
          visitExpr(c.comparators.get(n));
          addCompare(c.ops.get(n));
          addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          Block end = newBlock();
          addopJNoline(JUMP, end);
          useNextBlock(cleanup);
          addop(POP_TOP);
          if (!cond) {
            addopJNoline(JUMP, next);
          }
          useNextBlock(end);
          return;
        }
      }
      default -> { }
    }
    visitExpr(e);
    addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private void ifexp(Expr.IfExp e) {
    Block end = newBlock();
    Block next = newBlock();
    jumpIf(e.test, next, false);
    visitExpr(e.body);
    addopJNoline(JUMP, end);
    useNextBlock(next);
    visitExpr(e.orelse);
    useNextBlock(end);
  }

  private void compare(Expr.Compare e) {
    visitExpr(e.left);
    int n = e.ops.size() - 1;
    if (n == 0) {
      visitExpr(e.comparators.get(0));
      addCompare(e.ops.get(0));
      return;
    }
    Block cleanup = newBlock();
    for (int i = 0; i < n; i++) {
      visitExpr(e.comparators.get(i));
      addopI(SWAP, 2);
      addopI(COPY, 2);
      addCompare(e.ops.get(i));
      addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visitExpr(e.comparators.get(n));
    addCompare(e.ops.get(n));
    Block end = newBlock();
    addopJNoline(JUMP, end);
    useNextBlock(cleanup);
    addopI(SWAP, 2);
    addop(POP_TOP);
    useNextBlock(end);
  }

  static boolean allConst(List<Expr> seq, int begin, int end) {
    for (int i = begin; i < end; i++) {
      Expr k = seq.get(i);
      if (k == null || k.kind != Expr.Kind.CONSTANT) {
        return false;
      }
    }
    return true;
  }

  /** {@code starunpack_helper}: builds a list, set or tuple, with {@code *x} items unpacked. */
  void starunpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
    int n = elts.size();
    if (n > 2 && allConst(elts, 0, n)) {
      List<Object> items = new ArrayList<>();
      for (Expr x : elts) {
        items.add(((Expr.Constant) x).value);
      }
      ConstTuple folded = new ConstTuple(items);
      if (tuple && pushed == 0) {
        loadConst(folded);
      } else {
        if (add == SET_ADD) {
          throw error("a set display of constants is not supported");
        }
        addopI(build, pushed);
        loadConst(folded);
        addopI(extend, 1);
        if (tuple) {
          addop(LIST_TO_TUPLE);
        }
      }
      return;
    }
    boolean big = n + pushed > STACK_USE_GUIDELINE;
    boolean seenStar = false;
    for (Expr x : elts) {
      if (x.kind == Expr.Kind.STARRED) {
        seenStar = true;
      }
    }
    if (!seenStar && !big) {
      visitExprs(elts);
      addopI(tuple ? BUILD_TUPLE : build, n + pushed);
      return;
    }
    boolean built = false;
    if (big) {
      addopI(build, pushed);
      built = true;
    }
    for (int i = 0; i < n; i++) {
      Expr x = elts.get(i);
      if (x.kind == Expr.Kind.STARRED) {
        if (!built) {
          addopI(build, i + pushed);
          built = true;
        }
        visitExpr(((Expr.Starred) x).value);
        addopI(extend, 1);
      } else {
        visitExpr(x);
        if (built) {
          addopI(add, 1);
        }
      }
    }
    if (tuple) {
      addop(LIST_TO_TUPLE);
    }
  }

  private void unpack(List<Expr> elts) {
    int n = elts.size();
    boolean seenStar = false;
    for (int i = 0; i < n; i++) {
      Expr x = elts.get(i);
      if (x.kind == Expr.Kind.STARRED && !seenStar) {
        if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
          throw error("too many expressions in star-unpacking assignment");
        }
        addopI(UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (x.kind == Expr.Kind.STARRED) {
        throw error("multiple starred expressions in assignment");
      }
    }
    if (!seenStar) {
      addopI(UNPACK_SEQUENCE, n);
    }
  }

  private void sequence(Expr.Sequence e) {
    if (e.ctx == Ctx.STORE) {
      unpack(e.elts);
      for (Expr x : e.elts) {
        visitExpr(x.kind != Expr.Kind.STARRED ? x : ((Expr.Starred) x).value);
      }
    } else if (e.ctx == Ctx.LOAD) {
      starunpack(e.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, e.kind == Expr.Kind.TUPLE);
    } else {
      visitExprs(e.elts);
    }
  }

  private void subdict(Expr.Dict e, int begin, int end) {
    int n = end - begin;
    boolean big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && allConst(e.keys, begin, end)) {
      List<Object> keys = new ArrayList<>();
      for (int i = begin; i < end; i++) {
        visitExpr(e.values.get(i));
      }
      for (int i = begin; i < end; i++) {
        keys.add(((Expr.Constant) e.keys.get(i)).value);
      }
      loadConst(new ConstTuple(keys));
      addopI(BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) {
      addopI(BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
      visitExpr(e.keys.get(i));
      visitExpr(e.values.get(i));
      if (big) {
        addopI(MAP_ADD, 1);
      }
    }
    if (!big) {
      addopI(BUILD_MAP, n);
    }
  }

  private void dict(Expr.Dict e) {
    int n = e.values.size();
    boolean haveDict = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
      boolean unpacking = e.keys.get(i) == null;
      if (unpacking) {
        if (elements > 0) {
          subdict(e, i - elements, i);
          if (haveDict) {
            addopI(DICT_UPDATE, 1);
          }
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          addopI(BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(e.values.get(i));
        addopI(DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        subdict(e, i - elements, i + 1);
        if (haveDict) {
          addopI(DICT_UPDATE, 1);
        }
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements > 0) {
      subdict(e, n - elements, n);
      if (haveDict) {
        addopI(DICT_UPDATE, 1);
      }
      haveDict = true;
    }
    if (!haveDict) {
      addopI(BUILD_MAP, 0);
    }
  }

  /** {@code update_start_location_to_match_attr}: a call or attribute split over lines points at its name. */
  void updateStartLocationToMatchAttr(Expr.Attribute attr) {
    if (u.lineno != attr.endLineno) {
      u.lineno = attr.endLineno;
      int len = attr.attr.length();
      if (len <= attr.endColOffset) {
        u.colOffset = attr.endColOffset - len;
      } else {
        u.colOffset = -1;
        u.endColOffset = -1;
      }
      u.endLineno = Math.max(u.lineno, u.endLineno);
      if (u.lineno == u.endLineno) {
        u.endColOffset = Math.max(u.colOffset, u.endColOffset);
      }
    }
  }

  private void attribute(Expr.Attribute e) {
    visitExpr(e.value);
    updateStartLocationToMatchAttr(e);
    switch (e.ctx) {
      case LOAD -> addopName(LOAD_ATTR, u.names, e.attr);
      case STORE -> {
        if (e.attr.equals("__debug__")) {
          throw error("cannot assign to __debug__");
        }
        addopName(STORE_ATTR, u.names, e.attr);
      }
      case DEL -> addopName(DELETE_ATTR, u.names, e.attr);
    }
  }

  private void subscript(Expr.Subscript e) {
    int op = switch (e.ctx) {
      case LOAD -> BINARY_SUBSCR;
      case STORE -> STORE_SUBSCR;
      case DEL -> DELETE_SUBSCR;
    };
    visitExpr(e.value);
    visitExpr(e.slice);
    addop(op);
  }

  private void slice(Expr.Slice s) {
    int n = 2;
    if (s.lower != null) {
      visitExpr(s.lower);
    } else {
      loadConst(Constants.NONE);
    }
    if (s.upper != null) {
      visitExpr(s.upper);
    } else {
      loadConst(Constants.NONE);
    }
    if (s.step != null) {
      n++;
      visitExpr(s.step);
    }
    addopI(BUILD_SLICE, n);
  }
}
