package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table ({@code PySTEntryObject} of CPython 3.11's {@code Python/symtable.c}): a
 * module, class or function (lambdas and comprehensions are functions), with the flags of every name used in
 * it and, after analysis, each name's scope.
 */
final class Scope {
  static final int DEF_GLOBAL = 1;
  static final int DEF_LOCAL = 2;
  static final int DEF_PARAM = 4;
  static final int DEF_NONLOCAL = 8;
  static final int USE = 16;
  static final int DEF_FREE = 32;
  static final int DEF_FREE_CLASS = 64;
  static final int DEF_IMPORT = 128;
  static final int DEF_ANNOT = 256;
  static final int DEF_COMP_ITER = 512;
  static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  static final int SCOPE_OFFSET = 11;
  static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
  static final int LOCAL = 1;
  static final int GLOBAL_EXPLICIT = 2;
  static final int GLOBAL_IMPLICIT = 3;
  static final int FREE = 4;
  static final int CELL = 5;

  /** What kind of block ({@code _Py_block_ty}). */
  enum Type { FUNCTION, CLASS, MODULE }

  final String name;
  final Type type;
  final int lineno;
  /** Name → DEF_* flags, later with the scope shifted in at SCOPE_OFFSET; insertion ordered. */
  final Map<String, Integer> symbols = new LinkedHashMap<>();
  /** Parameters, in order. */
  final List<String> varnames = new ArrayList<>();
  final List<Scope> children = new ArrayList<>();
  /** Where each {@code global}/{@code nonlocal} of this block is: name → {line, col}. */
  final Map<String, int[]> directives = new java.util.HashMap<>();
  boolean nested;
  boolean generator;
  boolean coroutine;
  boolean comprehension;
  boolean varargs;
  boolean varkeywords;
  boolean free;
  boolean childFree;
  boolean needsClassClosure;
  boolean compIterTarget;
  int compIterExpr;

  Scope(String name, Type type, int lineno) {
    this.name = name;
    this.type = type;
    this.lineno = lineno;
  }

  /** {@code _PyST_GetSymbol}: the flags of a name (0 if unknown). */
  int flags(String n) {
    Integer v = symbols.get(n);
    return v == null ? 0 : v;
  }

  /** {@code _PyST_GetScope}: the analysed scope of a name (0 if unknown). */
  int scopeOf(String n) {
    return (flags(n) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}
