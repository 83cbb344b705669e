package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.List;
import org.timeslice.model.python.code.CodeObject;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Parser;
import org.timeslice.model.python.syntax.PythonSyntaxError;
import org.timeslice.model.python.syntax.Stmt;

/**
 * Compiles a module to a CPython 3.11.7 code object: parse ({@link Parser}), fold constants
 * ({@link AstOptimizer}), build the symbol table ({@link SymbolTable}), generate code ({@link CodeGen} and
 * subclasses) and assemble each unit ({@link Assembler}), in the order of {@code _PyAST_Compile} and
 * {@code compiler_mod}.
 */
public final class Compiler extends TryCodeGen {
  private Compiler(String filename, SymbolTable st) {
    super(filename, st);
  }

  /**
   * Compiles {@code source} as {@code compile(source, filename, "exec")} does.
   *
   * @throws PythonSyntaxError for a syntax error or a construct outside the supported subset
   */
  public static CodeObject compile(String source, String filename) {
    List<Stmt> module = Parser.parseModule(source);
    AstOptimizer.module(module);
    SymbolTable st = SymbolTable.build(module);
    Compiler c = new Compiler(filename, st);
    c.enterScope("<module>", Unit.Kind.MODULE, module, 1);
    c.u.lineno = 1;
    c.body(module);
    CodeObject co = c.assemble(true);
    c.exitScope();
    return co;
  }

  @Override
  CodeObject assemble(boolean addNone) {
    if (!u.curblock.returns) {
      unsetLoc();
      if (addNone) {
        loadConst(Constants.NONE);
      }
      addop(RETURN_VALUE);
    }
    return Assembler.assemble(u, filename, ++codeSerial);
  }
}
