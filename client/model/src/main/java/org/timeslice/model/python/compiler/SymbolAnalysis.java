package org.timeslice.model.python.compiler;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.timeslice.model.python.syntax.PythonSyntaxError;

/**
 * Decides every name's scope once the tree has been walked ({@code analyze_block}, {@code analyze_name},
 * {@code analyze_cells}, {@code update_symbols} of CPython 3.11's {@code Python/symtable.c}): a name bound
 * in a function is local, a name a nested function uses from it becomes a cell there and free in the
 * nested one, {@code global}/{@code nonlocal} decide explicitly, and the rest is an implicit global.
 */
final class SymbolAnalysis {
  private final SymbolTable table;

  private SymbolAnalysis(SymbolTable table) {
    this.table = table;
  }

  static void analyze(SymbolTable table) {
    new SymbolAnalysis(table).block(table.top, null, new LinkedHashSet<>(), new LinkedHashSet<>());
  }

  private void block(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
    Set<String> local = new LinkedHashSet<>();
    Map<String, Integer> scopes = new LinkedHashMap<>();
    Set<String> newGlobal = new LinkedHashSet<>();
    Set<String> newFree = new LinkedHashSet<>();
    Set<String> newBound = new LinkedHashSet<>();
    if (ste.type == Scope.Type.CLASS) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
      name(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
    }
    if (ste.type != Scope.Type.CLASS) {
      if (ste.type == Scope.Type.FUNCTION) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      newBound.add("__class__");
    }
    Set<String> allFree = new LinkedHashSet<>();
    for (Scope child : ste.children) {
      Set<String> childFree = new LinkedHashSet<>(newFree);
      block(child, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal));
      allFree.addAll(childFree);
      if (child.free || child.childFree) {
        ste.childFree = true;
      }
    }
    newFree.addAll(allFree);
    if (ste.type == Scope.Type.FUNCTION) {
      for (Map.Entry<String, Integer> e : scopes.entrySet()) {
        if (e.getValue() == Scope.LOCAL && newFree.contains(e.getKey())) {
          e.setValue(Scope.CELL);
          newFree.remove(e.getKey());
        }
      }
    } else if (ste.type == Scope.Type.CLASS && newFree.remove("__class__")) {
      ste.needsClassClosure = true;
    }
    update(ste, scopes, bound, newFree, ste.type == Scope.Type.CLASS);
    free.addAll(newFree);
  }

  private void name(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
      Set<String> local, Set<String> free, Set<String> global) {
    if ((flags & Scope.DEF_GLOBAL) != 0) {
      if ((flags & Scope.DEF_NONLOCAL) != 0) {
        throw directiveError(ste, name, "name '" + name + "' is nonlocal and global");
      }
      scopes.put(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return;
    }
    if ((flags & Scope.DEF_NONLOCAL) != 0) {
      if (bound == null) {
        throw directiveError(ste, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound.contains(name)) {
        throw directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
      }
      scopes.put(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if ((flags & Scope.DEF_BOUND) != 0) {
      scopes.put(name, Scope.LOCAL);
      local.add(name);
      global.remove(name);
      return;
    }
    if (bound != null && bound.contains(name)) {
      scopes.put(name, Scope.FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.contains(name)) {
      scopes.put(name, Scope.GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) {
      ste.free = true;
    }
    scopes.put(name, Scope.GLOBAL_IMPLICIT);
  }

  private static void update(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
      boolean classFlag) {
    for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
      e.setValue(e.getValue() | (scopes.get(e.getKey()) << Scope.SCOPE_OFFSET));
    }
    for (String name : free) {
      Integer v = ste.symbols.get(name);
      if (v != null) {
        if (classFlag && (v & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
          ste.symbols.put(name, v | Scope.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue;
      }
      ste.symbols.put(name, Scope.FREE << Scope.SCOPE_OFFSET);
    }
  }

  private PythonSyntaxError directiveError(Scope ste, String name, String message) {
    int[] at = table.directive(ste, name);
    return new PythonSyntaxError(at[0], at[1] + 1, message);
  }
}
