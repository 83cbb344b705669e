package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.List;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Stmt;

/**
 * Variable annotations ({@code x: int = 0}), as CPython 3.11's {@code compiler_annassign} and
 * {@code find_ann} compile them: a module or class body with any annotation starts with SETUP_ANNOTATIONS,
 * and a simple annotated name there stores its annotation in {@code __annotations__}.
 */
final class AnnotationCodeGen {
  private AnnotationCodeGen() {}

  /** {@code find_ann}: true if the statements (not nested functions or classes) hold an annotation. */
  static boolean findAnn(List<Stmt> stmts) {
    for (Stmt st : stmts) {
      boolean res = switch (st.kind) {
        case ANN_ASSIGN -> true;
        case FOR, ASYNC_FOR -> findAnn(((Stmt.For) st).body) || findAnn(((Stmt.For) st).orelse);
        case WHILE, IF -> findAnn(((Stmt.Conditional) st).body) || findAnn(((Stmt.Conditional) st).orelse);
        case WITH, ASYNC_WITH -> findAnn(((Stmt.With) st).body);
        case TRY -> {
          Stmt.Try t = (Stmt.Try) st;
          boolean any = false;
          for (Stmt.Handler h : t.handlers) {
            any |= findAnn(h.body);
          }
          yield any || findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
        }
        default -> false;
      };
      if (res) {
        return true;
      }
    }
    return false;
  }

  static void annAssign(StmtCodeGen c, Stmt.AnnAssign s) {
    Expr targ = s.target;
    if (s.value != null) {
      c.visitExpr(s.value);
      c.visitExpr(targ);
    }
    boolean moduleOrClass = c.u.kind == Unit.Kind.MODULE || c.u.kind == Unit.Kind.CLASS;
    switch (targ.kind) {
      case NAME -> {
        String id = ((Expr.Name) targ).id;
        if (id.equals("__debug__")) {
          throw c.error("cannot assign to __debug__");
        }
        if (s.simple && moduleOrClass) {
          c.visitExpr(s.annotation);
          c.addopName(LOAD_NAME, c.u.names, "__annotations__");
          c.loadConst(CodeGen.mangle(c.u.privateName, id));
          c.addop(STORE_SUBSCR);
        }
      }
      case ATTRIBUTE -> {
        if (s.value == null) {
          checkAnnExpr(c, ((Expr.Attribute) targ).value);
        }
      }
      case SUBSCRIPT -> {
        if (s.value == null) {
          checkAnnExpr(c, ((Expr.Subscript) targ).value);
          checkAnnSubscr(c, ((Expr.Subscript) targ).slice);
        }
      }
      default -> throw c.error("invalid node type for annotated assignment");
    }
    if (!s.simple && moduleOrClass) {
      checkAnnExpr(c, s.annotation);
    }
  }

  private static void checkAnnExpr(StmtCodeGen c, Expr e) {
    c.visitExpr(e);
    c.addop(POP_TOP);
  }

  private static void checkAnnSubscr(StmtCodeGen c, Expr e) {
    switch (e.kind) {
      case SLICE -> {
        Expr.Slice s = (Expr.Slice) e;
        for (Expr part : new Expr[] {s.lower, s.upper, s.step}) {
          if (part != null) {
            checkAnnExpr(c, part);
          }
        }
      }
      case TUPLE -> {
        for (Expr x : ((Expr.Sequence) e).elts) {
          checkAnnSubscr(c, x);
        }
      }
      default -> checkAnnExpr(c, e);
    }
  }
}
