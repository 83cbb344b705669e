package org.timeslice.model.python.compiler;

import java.util.List;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Stmt;

/** {@code _PyAST_GetDocString}: the docstring of a body, if its first statement is a string constant. */
final class Docstrings {
  private Docstrings() {}

  static String of(List<Stmt> body) {
    if (body.isEmpty() || body.get(0).kind != Stmt.Kind.EXPR) {
      return null;
    }
    Expr e = ((Stmt.Valued) body.get(0)).value;
    if (e.kind == Expr.Kind.CONSTANT && ((Expr.Constant) e).value instanceof String s) {
      return s;
    }
    return null;
  }
}
