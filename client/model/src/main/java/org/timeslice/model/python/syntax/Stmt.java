package org.timeslice.model.python.syntax;

import java.util.List;

/**
 * A statement node, one subclass per {@code stmt} constructor of CPython 3.11's {@code Python.asdl} (several
 * constructors with the same fields share a subclass and differ by {@link #kind}).
 */
public abstract class Stmt extends Node {
  /** The constructor of a statement. */
  public enum Kind {
    FUNCTION_DEF, ASYNC_FUNCTION_DEF, CLASS_DEF, RETURN, DELETE, ASSIGN, AUG_ASSIGN, ANN_ASSIGN, FOR,
    ASYNC_FOR, WHILE, IF, WITH, ASYNC_WITH, RAISE, TRY, ASSERT, IMPORT, IMPORT_FROM, GLOBAL, NONLOCAL, EXPR,
    PASS, BREAK, CONTINUE
  }

  public final Kind kind;

  protected Stmt(Kind kind) { this.kind = kind; }

  /** {@code def} and {@code async def}. */
  public static final class FunctionDef extends Stmt {
    public final String name;
    public final Expr.Arguments args;
    public final List<Stmt> body;
    public final List<Expr> decorators;
    public Expr returns;

    public FunctionDef(boolean isAsync, String name, Expr.Arguments args, List<Stmt> body,
        List<Expr> decorators, Expr returns) {
      super(isAsync ? Kind.ASYNC_FUNCTION_DEF : Kind.FUNCTION_DEF);
      this.name = name;
      this.args = args;
      this.body = body;
      this.decorators = decorators;
      this.returns = returns;
    }
  }

  public static final class ClassDef extends Stmt {
    public final String name;
    public final List<Expr> bases;
    public final List<Expr.Keyword> keywords;
    public final List<Stmt> body;
    public final List<Expr> decorators;

    public ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
        List<Expr> decorators) {
      super(Kind.CLASS_DEF);
      this.name = name;
      this.bases = bases;
      this.keywords = keywords;
      this.body = body;
      this.decorators = decorators;
    }
  }

  /** {@code return [value]} and an expression statement ({@code value} is then never null). */
  public static final class Valued extends Stmt {
    public Expr value;

    public Valued(Kind kind, Expr value) {
      super(kind);
      this.value = value;
    }
  }

  public static final class Delete extends Stmt {
    public final List<Expr> targets;

    public Delete(List<Expr> targets) {
      super(Kind.DELETE);
      this.targets = targets;
    }
  }

  public static final class Assign extends Stmt {
    public final List<Expr> targets;
    public Expr value;

    public Assign(List<Expr> targets, Expr value) {
      super(Kind.ASSIGN);
      this.targets = targets;
      this.value = value;
    }
  }

  public static final class AugAssign extends Stmt {
    public Expr target;
    public final Operator op;
    public Expr value;

    public AugAssign(Expr target, Operator op, Expr value) {
      super(Kind.AUG_ASSIGN);
      this.target = target;
      this.op = op;
      this.value = value;
    }
  }

  public static final class AnnAssign extends Stmt {
    public Expr target;
    public Expr annotation;
    public Expr value;
    public final boolean simple;

    public AnnAssign(Expr target, Expr annotation, Expr value, boolean simple) {
      super(Kind.ANN_ASSIGN);
      this.target = target;
      this.annotation = annotation;
      this.value = value;
      this.simple = simple;
    }
  }

  /** {@code for} and {@code async for}. */
  public static final class For extends Stmt {
    public Expr target;
    public Expr iter;
    public final List<Stmt> body;
    public final List<Stmt> orelse;

    public For(boolean isAsync, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
      super(isAsync ? Kind.ASYNC_FOR : Kind.FOR);
      this.target = target;
      this.iter = iter;
      this.body = body;
      this.orelse = orelse;
    }
  }

  /** {@code while} and {@code if}. */
  public static final class Conditional extends Stmt {
    public Expr test;
    public final List<Stmt> body;
    public final List<Stmt> orelse;

    public Conditional(Kind kind, Expr test, List<Stmt> body, List<Stmt> orelse) {
      super(kind);
      this.test = test;
      this.body = body;
      this.orelse = orelse;
    }
  }

  /** {@code with} and {@code async with}. */
  public static final class With extends Stmt {
    public final List<WithItem> items;
    public final List<Stmt> body;

    public With(boolean isAsync, List<WithItem> items, List<Stmt> body) {
      super(isAsync ? Kind.ASYNC_WITH : Kind.WITH);
      this.items = items;
      this.body = body;
    }
  }

  /** {@code context [as optionalVars]} in a {@code with}. */
  public static final class WithItem {
    public Expr context;
    public Expr optionalVars;

    public WithItem(Expr context, Expr optionalVars) {
      this.context = context;
      this.optionalVars = optionalVars;
    }
  }

  public static final class Raise extends Stmt {
    public Expr exc;
    public Expr cause;

    public Raise(Expr exc, Expr cause) {
      super(Kind.RAISE);
      this.exc = exc;
      this.cause = cause;
    }
  }

  public static final class Try extends Stmt {
    public final List<Stmt> body;
    public final List<Handler> handlers;
    public final List<Stmt> orelse;
    public final List<Stmt> finalbody;

    public Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
      super(Kind.TRY);
      this.body = body;
      this.handlers = handlers;
      this.orelse = orelse;
      this.finalbody = finalbody;
    }
  }

  /** {@code except [type [as name]]:} with its body. */
  public static final class Handler extends Node {
    public Expr type;
    public final String name;
    public final List<Stmt> body;

    public Handler(Expr type, String name, List<Stmt> body) {
      this.type = type;
      this.name = name;
      this.body = body;
    }
  }

  public static final class Assert extends Stmt {
    public Expr test;
    public Expr msg;

    public Assert(Expr test, Expr msg) {
      super(Kind.ASSERT);
      this.test = test;
      this.msg = msg;
    }
  }

  /** {@code import a.b as c} and {@code from m import x as y} ({@code module} null for {@code from . import}). */
  public static final class Import extends Stmt {
    public final String module;
    public final List<Alias> names;
    public final int level;

    public Import(Kind kind, String module, List<Alias> names, int level) {
      super(kind);
      this.module = module;
      this.names = names;
      this.level = level;
    }
  }

  /** {@code name [as asname]} in an import. */
  public static final class Alias extends Node {
    public final String name;
    public final String asname;

    public Alias(String name, String asname) {
      this.name = name;
      this.asname = asname;
    }
  }

  /** {@code global} and {@code nonlocal}. */
  public static final class Declare extends Stmt {
    public final List<String> names;

    public Declare(Kind kind, List<String> names) {
      super(kind);
      this.names = names;
    }
  }

  /** {@code pass}, {@code break} and {@code continue}. */
  public static final class Simple extends Stmt {
    public Simple(Kind kind) { super(kind); }
  }
}
