package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/** {@code import a.b as c, d} and {@code from ..m import x as y, z} (the grammar's {@code import_stmt}). */
final class Imports {
  private Imports() {}

  static Stmt importName(Parser p, Token first) {
    p.next();
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      Token start = p.peek();
      String name = dottedName(p);
      String asname = p.acceptName("as") ? p.identifier() : null;
      names.add(p.span(new Stmt.Alias(name, asname), start));
    } while (p.acceptOp(","));
    return p.span(new Stmt.Import(Stmt.Kind.IMPORT, null, names, 0), first);
  }

  static Stmt importFrom(Parser p, Token first) {
    p.next();
    int level = 0;
    while (p.atOp(".") || p.atOp("...")) {
      level += p.next().text().length();
    }
    String module = null;
    if (!p.atName("import")) {
      Token start = p.peek();
      module = dottedName(p);
      if (module.equals("__future__")) {
        throw Cursor.unsupported(start, "a from __future__ import");
      }
    }
    p.expectName("import");
    List<Stmt.Alias> names = new ArrayList<>();
    if (p.atOp("*")) {
      Token star = p.next();
      names.add(p.span(new Stmt.Alias("*", null), star));
    } else {
      boolean paren = p.acceptOp("(");
      do {
        if (paren && p.atOp(")")) {
          break;
        }
        Token start = p.peek();
        String name = p.identifier();
        String asname = p.acceptName("as") ? p.identifier() : null;
        names.add(p.span(new Stmt.Alias(name, asname), start));
      } while (p.acceptOp(","));
      if (paren) {
        p.expectOp(")");
      } else if (p.last().isOp(",")) {
        throw Cursor.error(p.last(), "trailing comma not allowed without surrounding parentheses");
      }
    }
    return p.span(new Stmt.Import(Stmt.Kind.IMPORT_FROM, module, names, level), first);
  }

  private static String dottedName(Parser p) {
    StringBuilder sb = new StringBuilder(p.identifier());
    while (p.acceptOp(".")) {
      sb.append('.').append(p.identifier());
    }
    return sb.toString();
  }
}
