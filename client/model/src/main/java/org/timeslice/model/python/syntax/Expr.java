package org.timeslice.model.python.syntax;

import java.util.List;

/**
 * An expression node, one subclass per {@code expr} constructor of CPython 3.11's {@code Python.asdl}. Fields
 * are public and mutable because the AST optimiser rewrites the tree in place, as {@code Python/ast_opt.c}
 * does; {@link #kind} lets the compiler switch on the constructor.
 */
public abstract class Expr extends Node {
  /** The constructor of an expression. */
  public enum Kind {
    BOOL_OP, NAMED_EXPR, BIN_OP, UNARY_OP, LAMBDA, IF_EXP, DICT, SET, LIST_COMP, SET_COMP, DICT_COMP,
    GENERATOR_EXP, AWAIT, YIELD, YIELD_FROM, COMPARE, CALL, FORMATTED_VALUE, JOINED_STR, CONSTANT, ATTRIBUTE,
    SUBSCRIPT, STARRED, NAME, LIST, TUPLE, SLICE
  }

  public final Kind kind;

  protected Expr(Kind kind) { this.kind = kind; }

  public static final class BoolOp extends Expr {
    public final boolean isAnd;
    public final List<Expr> values;

    public BoolOp(boolean isAnd, List<Expr> values) {
      super(Kind.BOOL_OP);
      this.isAnd = isAnd;
      this.values = values;
    }
  }

  public static final class NamedExpr extends Expr {
    public Expr target;
    public Expr value;

    public NamedExpr(Expr target, Expr value) {
      super(Kind.NAMED_EXPR);
      this.target = target;
      this.value = value;
    }
  }

  public static final class BinOp extends Expr {
    public Expr left;
    public final Operator op;
    public Expr right;

    public BinOp(Expr left, Operator op, Expr right) {
      super(Kind.BIN_OP);
      this.left = left;
      this.op = op;
      this.right = right;
    }
  }

  public static final class Unary extends Expr {
    public final UnaryOp op;
    public Expr operand;

    public Unary(UnaryOp op, Expr operand) {
      super(Kind.UNARY_OP);
      this.op = op;
      this.operand = operand;
    }
  }

  public static final class Lambda extends Expr {
    public final Arguments args;
    public Expr body;

    public Lambda(Arguments args, Expr body) {
      super(Kind.LAMBDA);
      this.args = args;
      this.body = body;
    }
  }

  public static final class IfExp extends Expr {
    public Expr test;
    public Expr body;
    public Expr orelse;

    public IfExp(Expr test, Expr body, Expr orelse) {
      super(Kind.IF_EXP);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
    }
  }

  /** A dict display; a null key marks {@code **mapping}. */
  public static final class Dict extends Expr {
    public final List<Expr> keys;
    public final List<Expr> values;

    public Dict(List<Expr> keys, List<Expr> values) {
      super(Kind.DICT);
      this.keys = keys;
      this.values = values;
    }
  }

  public static final class SetDisplay extends Expr {
    public final List<Expr> elts;

    public SetDisplay(List<Expr> elts) {
      super(Kind.SET);
      this.elts = elts;
    }
  }

  /** List, set and dict comprehensions and generator expressions ({@code value} only for dicts). */
  public static final class Comp extends Expr {
    public Expr elt;
    public Expr value;
    public final List<Comprehension> generators;

    public Comp(Kind kind, Expr elt, Expr value, List<Comprehension> generators) {
      super(kind);
      this.elt = elt;
      this.value = value;
      this.generators = generators;
    }
  }

  /** {@code await x}, {@code yield [x]} and {@code yield from x} ({@code value} null for a bare yield). */
  public static final class Suspend extends Expr {
    public Expr value;

    public Suspend(Kind kind, Expr value) {
      super(kind);
      this.value = value;
    }
  }

  public static final class Compare extends Expr {
    public Expr left;
    public final List<CmpOp> ops;
    public final List<Expr> comparators;

    public Compare(Expr left, List<CmpOp> ops, List<Expr> comparators) {
      super(Kind.COMPARE);
      this.left = left;
      this.ops = ops;
      this.comparators = comparators;
    }
  }

  public static final class Call extends Expr {
    public Expr func;
    public final List<Expr> args;
    public final List<Keyword> keywords;

    public Call(Expr func, List<Expr> args, List<Keyword> keywords) {
      super(Kind.CALL);
      this.func = func;
      this.args = args;
      this.keywords = keywords;
    }
  }

  /** One {@code {value!conversion:spec}} of an f-string; conversion is -1, 's', 'r' or 'a'. */
  public static final class FormattedValue extends Expr {
    public Expr value;
    public final int conversion;
    public Expr formatSpec;

    public FormattedValue(Expr value, int conversion, Expr formatSpec) {
      super(Kind.FORMATTED_VALUE);
      this.value = value;
      this.conversion = conversion;
      this.formatSpec = formatSpec;
    }
  }

  public static final class JoinedStr extends Expr {
    public final List<Expr> values;

    public JoinedStr(List<Expr> values) {
      super(Kind.JOINED_STR);
      this.values = values;
    }
  }

  /** A constant: a value of {@code org.timeslice.model.python.code.Constants}. */
  public static final class Constant extends Expr {
    public final Object value;

    public Constant(Object value) {
      super(Kind.CONSTANT);
      this.value = value;
    }
  }

  public static final class Attribute extends Expr {
    public Expr value;
    public final String attr;
    public Ctx ctx;

    public Attribute(Expr value, String attr, Ctx ctx) {
      super(Kind.ATTRIBUTE);
      this.value = value;
      this.attr = attr;
      this.ctx = ctx;
    }
  }

  public static final class Subscript extends Expr {
    public Expr value;
    public Expr slice;
    public Ctx ctx;

    public Subscript(Expr value, Expr slice, Ctx ctx) {
      super(Kind.SUBSCRIPT);
      this.value = value;
      this.slice = slice;
      this.ctx = ctx;
    }
  }

  public static final class Starred extends Expr {
    public Expr value;
    public Ctx ctx;

    public Starred(Expr value, Ctx ctx) {
      super(Kind.STARRED);
      this.value = value;
      this.ctx = ctx;
    }
  }

  public static final class Name extends Expr {
    public final String id;
    public Ctx ctx;

    public Name(String id, Ctx ctx) {
      super(Kind.NAME);
      this.id = id;
      this.ctx = ctx;
    }
  }

  /** A list or tuple display (or assignment target). */
  public static final class Sequence extends Expr {
    public final List<Expr> elts;
    public Ctx ctx;

    public Sequence(Kind kind, List<Expr> elts, Ctx ctx) {
      super(kind);
      this.elts = elts;
      this.ctx = ctx;
    }
  }

  public static final class Slice extends Expr {
    public Expr lower;
    public Expr upper;
    public Expr step;

    public Slice(Expr lower, Expr upper, Expr step) {
      super(Kind.SLICE);
      this.lower = lower;
      this.upper = upper;
      this.step = step;
    }
  }

  /** {@code for target in iter if ifs...} inside a comprehension. */
  public static final class Comprehension {
    public Expr target;
    public Expr iter;
    public final List<Expr> ifs;
    public final boolean isAsync;

    public Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
      this.target = target;
      this.iter = iter;
      this.ifs = ifs;
      this.isAsync = isAsync;
    }
  }

  /** {@code name=value} in a call; a null name marks {@code **mapping}. */
  public static final class Keyword extends Node {
    public final String arg;
    public Expr value;

    public Keyword(String arg, Expr value) {
      this.arg = arg;
      this.value = value;
    }
  }

  /** One parameter of a function. */
  public static final class Arg extends Node {
    public final String name;
    public Expr annotation;

    public Arg(String name, Expr annotation) {
      this.name = name;
      this.annotation = annotation;
    }
  }

  /** The parameters of a function ({@code kwDefaults} holds null for a keyword-only parameter without one). */
  public static final class Arguments {
    public final List<Arg> posonlyargs;
    public final List<Arg> args;
    public final Arg vararg;
    public final List<Arg> kwonlyargs;
    public final List<Expr> kwDefaults;
    public final Arg kwarg;
    public final List<Expr> defaults;

    public Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
      this.posonlyargs = posonlyargs;
      this.args = args;
      this.vararg = vararg;
      this.kwonlyargs = kwonlyargs;
      this.kwDefaults = kwDefaults;
      this.kwarg = kwarg;
      this.defaults = defaults;
    }
  }
}
