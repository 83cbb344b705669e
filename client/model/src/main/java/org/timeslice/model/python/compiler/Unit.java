package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the code object being compiled ({@code struct compiler_unit} of CPython 3.11's
 * {@code compile.c}): its symbol table scope, the tables its instructions index into (constants, names,
 * locals, cells, frees: value → index, in order of first use), its blocks, the frame-block stack of
 * enclosing loops and handlers, and the current source location.
 */
final class Unit {
  /** {@code COMPILER_SCOPE_*}. */
  enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

  static final int CO_MAXBLOCKS = 20;

  final Scope ste;
  final String name;
  final Kind kind;
  String qualname;
  final Map<Object, Integer> consts = new LinkedHashMap<>();
  final Map<String, Integer> names = new LinkedHashMap<>();
  final Map<String, Integer> varnames = new LinkedHashMap<>();
  final Map<String, Integer> cellvars = new LinkedHashMap<>();
  final Map<String, Integer> freevars = new LinkedHashMap<>();
  String privateName;
  int argcount;
  int posonlyargcount;
  int kwonlyargcount;
  /** Blocks in allocation order; {@code u_blocks} (the head of the b_list chain) is the last. */
  final List<Block> blocks = new ArrayList<>();
  Block curblock;
  final List<FBlock> fblocks = new ArrayList<>();
  int firstlineno;
  int lineno;
  int colOffset;
  int endLineno;
  int endColOffset;
  boolean needNewImplicitBlock;

  Unit(Scope ste, String name, Kind kind) {
    this.ste = ste;
    this.name = name;
    this.kind = kind;
  }

  /** Allocates a block at the head of the b_list chain ({@code compiler_new_block}). */
  Block newBlock() {
    Block b = new Block();
    if (!blocks.isEmpty()) {
      b.list = head();
    }
    blocks.add(b);
    return b;
  }

  /** {@code u_blocks}: the most recently allocated block. */
  Block head() {
    return blocks.get(blocks.size() - 1);
  }

  /** The block compiled first (the end of the b_list chain). */
  Block entry() {
    return blocks.get(0);
  }

  /** A frame block ({@code struct fblockinfo}): a loop, handler or finally body code may have to unwind. */
  static final class FBlock {
    /** {@code enum fblocktype}. */
    enum Type {
      WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
      POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    final Type type;
    final Block block;
    final Block exit;
    final Object datum;

    FBlock(Type type, Block block, Block exit, Object datum) {
      this.type = type;
      this.block = block;
      this.exit = exit;
      this.datum = datum;
    }
  }
}
