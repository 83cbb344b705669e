package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Node;
import org.timeslice.model.python.syntax.PythonSyntaxError;
import org.timeslice.model.python.syntax.Stmt;

/**
 * The symbol table of a module ({@code _PySymtable_Build} of CPython 3.11's {@code Python/symtable.c}): one
 * {@link Scope} per module, class, function, lambda and comprehension, found by the node that opens it.
 * Built by walking the tree ({@link SymbolVisitor}) and then analysed ({@link SymbolAnalysis}).
 */
final class SymbolTable {
  final Scope top;
  /** The scope each block-opening node opens; only looked up, never iterated. */
  private final Map<Object, Scope> blocks = new HashMap<>();
  private final List<Scope> stack = new ArrayList<>();
  Scope cur;
  /** The class name for private-name mangling (unsupported beyond recording it). */
  String privateName;

  private SymbolTable(List<Stmt> module) {
    top = new Scope("top", Scope.Type.MODULE, 0);
    blocks.put(module, top);
    stack.add(top);
    cur = top;
  }

  static SymbolTable build(List<Stmt> module) {
    SymbolTable st = new SymbolTable(module);
    new SymbolVisitor(st).module(module);
    SymbolAnalysis.analyze(st);
    return st;
  }

  /** The scope opened by {@code key} (a function or class statement, lambda, comprehension, module body). */
  Scope lookup(Object key) {
    Scope s = blocks.get(key);
    if (s == null) {
      throw new IllegalStateException("no symbol table entry");
    }
    return s;
  }

  void enter(String name, Scope.Type type, Node key) {
    Scope prev = cur;
    Scope ste = new Scope(name, type, key.lineno);
    if (prev != null && (prev.nested || prev.type == Scope.Type.FUNCTION)) {
      ste.nested = true;
    }
    prev.children.add(ste);
    blocks.put(key, ste);
    stack.add(ste);
    cur = ste;
  }

  void exit() {
    stack.remove(stack.size() - 1);
    cur = stack.get(stack.size() - 1);
  }

  List<Scope> stack() { return stack; }

  /** {@code symtable_add_def}: adds flags to a name in the current scope. */
  void addDef(String name, int flag, Node at) {
    addDef(name, flag, cur, at);
  }

  void addDef(String name, int flag, Scope ste, Node at) {
    Integer old = ste.symbols.get(name);
    int val;
    if (old != null) {
      if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
        throw new PythonSyntaxError(at.lineno, at.colOffset + 1, "duplicate argument '" + name
            + "' in function definition");
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
        throw new PythonSyntaxError(at.lineno, at.colOffset + 1, "comprehension inner loop cannot rebind "
            + "assignment expression target '" + name + "'");
      }
      val |= Scope.DEF_COMP_ITER;
    }
    ste.symbols.put(name, val);
    if ((flag & Scope.DEF_PARAM) != 0) {
      ste.varnames.add(name);
    } else if ((flag & Scope.DEF_GLOBAL) != 0) {
      top.symbols.put(name, flag | top.flags(name));
    }
  }

  void recordDirective(String name, Node at) {
    cur.directives.put(name, new int[] {at.lineno, at.colOffset});
  }

  int[] directive(Scope ste, String name) {
    int[] at = ste.directives.get(name);
    return at != null ? at : new int[] {ste.lineno, 0};
  }

  /** The key of a comprehension's or lambda's scope. */
  static Object key(Expr e) {
    return e;
  }
}
