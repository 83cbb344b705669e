package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.CodeObject;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;

/**
 * Calls, f-strings, function objects and comprehensions, ported from CPython 3.11's {@code compile.c}:
 * {@code compiler_call} (with the {@code LOAD_METHOD} form for {@code obj.method(...)}),
 * {@code compiler_call_helper}, {@code compiler_joined_str}, {@code compiler_formatted_value},
 * {@code compiler_make_closure}, {@code compiler_default_arguments}, {@code compiler_visit_annotations},
 * {@code compiler_lambda} and {@code compiler_comprehension}.
 */
abstract class CallCodeGen extends ExprCodeGen {
  static final int COMP_GENEXP = 0;
  static final int COMP_LISTCOMP = 1;
  static final int COMP_SETCOMP = 2;
  static final int COMP_DICTCOMP = 3;

  CallCodeGen(String filename, SymbolTable st) {
    super(filename, st);
  }

  /** Assembles the current unit into a code object ({@code assemble}). */
  abstract CodeObject assemble(boolean addNone);

  private void validateKeywords(List<Expr.Keyword> keywords) {
    for (int i = 0; i < keywords.size(); i++) {
      Expr.Keyword key = keywords.get(i);
      if (key.arg == null) {
        continue;
      }
      if (key.arg.equals("__debug__")) {
        throw error("cannot assign to __debug__");
      }
      for (int j = i + 1; j < keywords.size(); j++) {
        Expr.Keyword other = keywords.get(j);
        if (key.arg.equals(other.arg)) {
          setLoc(other);
          throw error("keyword argument repeated: " + key.arg);
        }
      }
    }
  }

  @Override
  void call(Expr.Call e) {
    validateKeywords(e.keywords);
    if (maybeMethodCall(e)) {
      return;
    }
    setLoc(e.func);
    addop(PUSH_NULL);
    setLoc(e);
    visitExpr(e.func);
    callHelper(0, e.args, e.keywords);
  }

  /** {@code is_import_originated}: a name the module imported at its top level. */
  private boolean isImportOriginated(Expr e) {
    return e.kind == Expr.Kind.NAME && (st.top.flags(((Expr.Name) e).id) & Scope.DEF_IMPORT) != 0;
  }

  /** {@code maybe_optimize_method_call}: {@code obj.m(args)} as LOAD_METHOD + PRECALL + CALL. */
  private boolean maybeMethodCall(Expr.Call e) {
    if (e.func.kind != Expr.Kind.ATTRIBUTE || ((Expr.Attribute) e.func).ctx != Ctx.LOAD) {
      return false;
    }
    Expr.Attribute meth = (Expr.Attribute) e.func;
    if (isImportOriginated(meth.value)) {
      return false;
    }
    int argsl = e.args.size();
    int kwdsl = e.keywords.size();
    if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
      return false;
    }
    for (Expr a : e.args) {
      if (a.kind == Expr.Kind.STARRED) {
        return false;
      }
    }
    for (Expr.Keyword k : e.keywords) {
      if (k.arg == null) {
        return false;
      }
    }
    visitExpr(meth.value);
    setLoc(meth);
    updateStartLocationToMatchAttr(meth);
    addopName(LOAD_METHOD, u.names, meth.attr);
    visitExprs(e.args);
    if (kwdsl > 0) {
      for (Expr.Keyword k : e.keywords) {
        visitExpr(k.value);
      }
      kwNames(e.keywords);
    }
    setLoc(e);
    updateStartLocationToMatchAttr(meth);
    addopI(PRECALL, argsl + kwdsl);
    addopI(CALL, argsl + kwdsl);
    return true;
  }

  private void kwNames(List<Expr.Keyword> keywords) {
    List<Object> names = new ArrayList<>();
    for (Expr.Keyword k : keywords) {
      names.add(k.arg);
    }
    addopI(KW_NAMES, addConst(new ConstTuple(names)));
  }

  /** {@code compiler_call_helper}: {@code n} arguments are already on the stack. */
  void callHelper(int n, List<Expr> args, List<Expr.Keyword> keywords) {
    validateKeywords(keywords);
    int nelts = args.size();
    int nkwelts = keywords.size();
    boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    for (Expr a : args) {
      ex |= a.kind == Expr.Kind.STARRED;
    }
    for (Expr.Keyword k : keywords) {
      ex |= k.arg == null;
    }
    if (!ex) {
      visitExprs(args);
      if (nkwelts > 0) {
        for (Expr.Keyword k : keywords) {
          visitExpr(k.value);
        }
        kwNames(keywords);
      }
      addopI(PRECALL, n + nelts + nkwelts);
      addopI(CALL, n + nelts + nkwelts);
      return;
    }
    if (n == 0 && nelts == 1 && args.get(0).kind == Expr.Kind.STARRED) {
      visitExpr(((Expr.Starred) args.get(0)).value);
    } else {
      starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
    }
    if (nkwelts > 0) {
      boolean haveDict = false;
      int nseen = 0;
      for (int i = 0; i < nkwelts; i++) {
        Expr.Keyword kw = keywords.get(i);
        if (kw.arg == null) {
          if (nseen > 0) {
            subkwargs(keywords, i - nseen, i);
            if (haveDict) {
              addopI(DICT_MERGE, 1);
            }
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            addopI(BUILD_MAP, 0);
            haveDict = true;
          }
          visitExpr(kw.value);
          addopI(DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen > 0) {
        subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) {
          addopI(DICT_MERGE, 1);
        }
      }
    }
    addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  private void subkwargs(List<Expr.Keyword> keywords, int begin, int end) {
    int n = end - begin;
    boolean big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      List<Object> keys = new ArrayList<>();
      for (int i = begin; i < end; i++) {
        visitExpr(keywords.get(i).value);
      }
      for (int i = begin; i < end; i++) {
        keys.add(keywords.get(i).arg);
      }
      loadConst(new ConstTuple(keys));
      addopI(BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) {
      addopINoline(BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
      Expr.Keyword kw = keywords.get(i);
      loadConst(kw.arg);
      visitExpr(kw.value);
      if (big) {
        addopINoline(MAP_ADD, 1);
      }
    }
    if (!big) {
      addopI(BUILD_MAP, n);
    }
  }

  @Override
  void joinedStr(Expr.JoinedStr e) {
    int count = e.values.size();
    if (count > STACK_USE_GUIDELINE) {
      loadConst("");
      addopName(LOAD_METHOD, u.names, "join");
      addopI(BUILD_LIST, 0);
      for (Expr v : e.values) {
        visitExpr(v);
        addopI(LIST_APPEND, 1);
      }
      addopI(PRECALL, 1);
      addopI(CALL, 1);
    } else {
      visitExprs(e.values);
      if (count != 1) {
        addopI(BUILD_STRING, count);
      }
    }
  }

  @Override
  void formattedValue(Expr.FormattedValue e) {
    visitExpr(e.value);
    int oparg = switch (e.conversion) {
      case 's' -> 1;
      case 'r' -> 2;
      case 'a' -> 3;
      default -> 0;
    };
    if (e.formatSpec != null) {
      visitExpr(e.formatSpec);
      oparg |= 4;
    }
    addopI(FORMAT_VALUE, oparg);
  }

  /** {@code compiler_make_closure}: MAKE_FUNCTION for {@code co}, its free variables loaded first. */
  void makeClosure(CodeObject co, int flags) {
    List<String> free = co.namesOfKind(CodeObject.CO_FAST_FREE);
    if (!free.isEmpty()) {
      for (String name : free) {
        int reftype = u.kind == Unit.Kind.CLASS && name.equals("__class__") ? Scope.CELL : u.ste.scopeOf(name);
        Integer arg = reftype == Scope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
        if (arg == null) {
          throw new IllegalStateException("closure variable " + name + " not found");
        }
        addopI(LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      addopI(BUILD_TUPLE, free.size());
    }
    loadConst(co);
    addopI(MAKE_FUNCTION, flags);
  }

  /** {@code compiler_default_arguments}: pushes defaults; returns the MAKE_FUNCTION flags they need. */
  int defaultArguments(Expr.Arguments args) {
    int flags = 0;
    if (!args.defaults.isEmpty()) {
      visitExprs(args.defaults);
      addopI(BUILD_TUPLE, args.defaults.size());
      flags |= 0x01;
    }
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < args.kwonlyargs.size(); i++) {
      Expr d = args.kwDefaults.get(i);
      if (d != null) {
        keys.add(mangle(u.privateName, args.kwonlyargs.get(i).name));
        visitExpr(d);
      }
    }
    if (!keys.isEmpty()) {
      loadConst(new ConstTuple(keys));
      addopI(BUILD_CONST_KEY_MAP, keys.size());
      flags |= 0x02;
    }
    return flags;
  }

  /** {@code compiler_visit_annotations}: pushes (name, annotation) pairs as a tuple; true if any. */
  boolean annotations(Expr.Arguments args, Expr returns) {
    int len = 0;
    len += argAnnotations(args.args);
    len += argAnnotations(args.posonlyargs);
    if (args.vararg != null) {
      len += argAnnotation(args.vararg.name, args.vararg.annotation);
    }
    len += argAnnotations(args.kwonlyargs);
    if (args.kwarg != null) {
      len += argAnnotation(args.kwarg.name, args.kwarg.annotation);
    }
    len += argAnnotation("return", returns);
    if (len > 0) {
      addopI(BUILD_TUPLE, len);
      return true;
    }
    return false;
  }

  private int argAnnotations(List<Expr.Arg> args) {
    int len = 0;
    for (Expr.Arg a : args) {
      len += argAnnotation(a.name, a.annotation);
    }
    return len;
  }

  private int argAnnotation(String name, Expr annotation) {
    if (annotation == null) {
      return 0;
    }
    loadConst(mangle(u.privateName, name));
    if (annotation.kind == Expr.Kind.STARRED) {
      visitExpr(((Expr.Starred) annotation).value);
      addopI(UNPACK_SEQUENCE, 1);
    } else {
      visitExpr(annotation);
    }
    return 2;
  }

  @Override
  void lambda(Expr.Lambda e) {
    checkDebugArgs(e.args);
    int flags = defaultArguments(e.args);
    enterScope("<lambda>", Unit.Kind.LAMBDA, e, e.lineno);
    addConst(Constants.NONE);
    u.argcount = e.args.args.size();
    u.posonlyargcount = e.args.posonlyargs.size();
    u.kwonlyargcount = e.args.kwonlyargs.size();
    visitExpr(e.body);
    CodeObject co;
    if (u.ste.generator) {
      co = assemble(false);
    } else {
      addop(RETURN_VALUE);
      co = assemble(true);
    }
    exitScope();
    makeClosure(co, flags);
  }

  void checkDebugArgs(Expr.Arguments args) {
    for (List<Expr.Arg> group : List.of(args.posonlyargs, args.args, args.kwonlyargs)) {
      for (Expr.Arg a : group) {
        checkDebugName(a);
      }
    }
    checkDebugName(args.vararg);
    checkDebugName(args.kwarg);
  }

  private void checkDebugName(Expr.Arg a) {
    if (a != null && a.name.equals("__debug__")) {
      throw error("cannot assign to __debug__");
    }
  }

  @Override
  void comprehension(Expr.Comp e) {
    int type = switch (e.kind) {
      case LIST_COMP -> COMP_LISTCOMP;
      case SET_COMP -> COMP_SETCOMP;
      case DICT_COMP -> COMP_DICTCOMP;
      default -> COMP_GENEXP;
    };
    String name = switch (type) {
      case COMP_LISTCOMP -> "<listcomp>";
      case COMP_SETCOMP -> "<setcomp>";
      case COMP_DICTCOMP -> "<dictcomp>";
      default -> "<genexpr>";
    };
    Unit.Kind scopeType = u.kind;
    Expr.Comprehension outermost = e.generators.get(0);
    enterScope(name, Unit.Kind.COMPREHENSION, e, e.lineno);
    setLoc(e);
    boolean isAsyncGenerator = u.ste.coroutine;
    if (isAsyncGenerator && type != COMP_GENEXP && scopeType != Unit.Kind.ASYNC_FUNCTION
        && scopeType != Unit.Kind.COMPREHENSION) {
      throw error("asynchronous comprehension outside of an asynchronous function");
    }
    if (type != COMP_GENEXP) {
      addopI(type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP, 0);
    }
    ComprehensionCodeGen.generator(this, e.generators, 0, 0, e.elt, e.value, type);
    if (type != COMP_GENEXP) {
      addop(RETURN_VALUE);
    }
    CodeObject co = assemble(true);
    exitScope();
    makeClosure(co, 0);
    visitExpr(outermost.iter);
    addop(outermost.isAsync ? GET_AITER : GET_ITER);
    addopI(PRECALL, 0);
    addopI(CALL, 0);
    if (isAsyncGenerator && type != COMP_GENEXP) {
      addopI(GET_AWAITABLE, 0);
      loadConst(Constants.NONE);
      addYieldFrom(true);
    }
  }
}
