package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.timeslice.model.python.code.CodeObject;
import org.timeslice.model.python.code.ExceptionEntry;
import org.timeslice.model.python.code.Opcode;

/**
 * Turns a unit's flow graph into a code object, as CPython 3.11's {@code assemble()} in {@code compile.c}:
 * prefix instructions (RETURN_GENERATOR, MAKE_CELL, COPY_FREE_VARS), cell offsets, the {@link CfgOptimizer}
 * passes, stack depths, the exception table ({@code label_exception_targets}), forward/backward jump
 * opcodes, jump offsets with EXTENDED_ARG, and the code units with their inline caches and locations.
 */
final class Assembler {
  private final Unit u;
  private final String filename;
  private final Block entry;
  private final int nblocks;

  private Assembler(Unit u, String filename) {
    this.u = u;
    this.filename = filename;
    this.entry = u.entry();
    this.nblocks = u.blocks.size();
  }

  static CodeObject assemble(Unit u, String filename, int serial) {
    return new Assembler(u, filename).run(serial);
  }

  private CodeObject run(int serial) {
    for (int k = u.blocks.size() - 1; k >= 0; k--) {
      CfgOptimizer.normalize(u.blocks.get(k));
    }
    for (int k = u.blocks.size() - 1; k >= 0; k--) {
      CfgOptimizer.extend(u.blocks.get(k));
    }
    int nlocals = u.varnames.size();
    int ncellvars = u.cellvars.size();
    int nfreevars = u.freevars.size();
    int nlocalsplus = nlocals + ncellvars + nfreevars;
    int[] fixed = cellFixedOffsets();
    if (u.firstlineno == 0) {
      u.firstlineno = entry.size() > 0 && entry.get(0).lineno != 0 ? entry.get(0).lineno : 1;
    }
    int flags = codeFlags();
    insertPrefixInstructions(fixed, nfreevars, flags);
    int numdropped = fixCellOffsets(fixed);
    nlocalsplus -= numdropped;
    List<Object> consts = new ArrayList<>(Collections.nCopies(u.consts.size(), null));
    for (Map.Entry<Object, Integer> e : u.consts.entrySet()) {
      consts.set(e.getValue(), e.getKey());
    }
    CfgOptimizer opt = new CfgOptimizer(u, consts);
    opt.optimizeCfg(entry, nblocks);
    opt.duplicateExitsWithoutLineno();
    opt.trimUnusedConsts(entry);
    CfgOptimizer.propagateLineNumbers(entry);
    CfgOptimizer.guaranteeLinenoForExits(entry, u.firstlineno);
    int maxdepth = StackDepth.compute(u, entry);
    ExceptionLabels.label(entry);
    for (Block b = entry; b != null; b = b.next) {
      for (Instr in : b.instrs) {
        if (Opcode.isBlockPush(in.opcode) || in.opcode == POP_BLOCK) {
          in.opcode = NOP;
        }
      }
    }
    for (Block b = entry; b != null; b = b.next) {
      CfgOptimizer.clean(b);
    }
    normalizeJumps();
    jumpOffsets();
    return makeCode(consts, maxdepth, nlocalsplus, numdropped, flags, serial);
  }

  private int[] cellFixedOffsets() {
    int nlocals = u.varnames.size();
    int n = u.cellvars.size() + u.freevars.size();
    int[] fixed = new int[n];
    for (int i = 0; i < n; i++) {
      fixed[i] = nlocals + i;
    }
    for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
      Integer varindex = u.varnames.get(e.getKey());
      if (varindex != null) {
        fixed[e.getValue()] = varindex;
      }
    }
    return fixed;
  }

  /** {@code compute_code_flags}. */
  private int codeFlags() {
    Scope ste = u.ste;
    int flags = 0;
    if (ste.type == Scope.Type.FUNCTION) {
      flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
      if (ste.nested) {
        flags |= CodeObject.CO_NESTED;
      }
      if (ste.generator && !ste.coroutine) {
        flags |= CodeObject.CO_GENERATOR;
      }
      if (!ste.generator && ste.coroutine) {
        flags |= CodeObject.CO_COROUTINE;
      }
      if (ste.generator && ste.coroutine) {
        flags |= CodeObject.CO_ASYNC_GENERATOR;
      }
      if (ste.varargs) {
        flags |= CodeObject.CO_VARARGS;
      }
      if (ste.varkeywords) {
        flags |= CodeObject.CO_VARKEYWORDS;
      }
    }
    return flags;
  }

  private void insertPrefixInstructions(int[] fixed, int nfreevars, int flags) {
    if ((flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
      entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
      entry.instrs.add(1, new Instr(POP_TOP, 0, null, -1, -1, -1, -1));
    }
    int ncellvars = u.cellvars.size();
    if (ncellvars > 0) {
      int nvars = ncellvars + u.varnames.size();
      int[] sorted = new int[nvars];
      for (int i = 0; i < ncellvars; i++) {
        sorted[fixed[i]] = i + 1;
      }
      for (int i = 0, used = 0; used < ncellvars; i++) {
        int oldindex = sorted[i] - 1;
        if (oldindex == -1) {
          continue;
        }
        entry.instrs.add(used, new Instr(MAKE_CELL, oldindex, null, -1, -1, -1, -1));
        used++;
      }
    }
    if (nfreevars > 0) {
      entry.instrs.add(0, new Instr(COPY_FREE_VARS, nfreevars, null, -1, -1, -1, -1));
    }
  }

  private int fixCellOffsets(int[] fixedmap) {
    int nlocals = u.varnames.size();
    int noffsets = u.cellvars.size() + u.freevars.size();
    int numdropped = 0;
    for (int i = 0; i < noffsets; i++) {
      if (fixedmap[i] == i + nlocals) {
        fixedmap[i] -= numdropped;
      } else {
        numdropped++;
      }
    }
    for (Block b = entry; b != null; b = b.next) {
      for (Instr in : b.instrs) {
        switch (in.opcode) {
          case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
              in.oparg = fixedmap[in.oparg];
          default -> { }
        }
      }
    }
    return numdropped;
  }

  /** {@code normalize_jumps}: each pseudo-jump becomes its forward or backward opcode. */
  private void normalizeJumps() {
    for (Block b = entry; b != null; b = b.next) {
      b.visited = false;
    }
    for (Block b = entry; b != null; b = b.next) {
      b.visited = true;
      if (b.size() == 0) {
        continue;
      }
      Instr last = b.last();
      if (!Opcode.isJump(last.opcode)) {
        continue;
      }
      boolean forward = !last.target.visited;
      last.opcode = switch (last.opcode) {
        case JUMP -> forward ? JUMP_FORWARD : JUMP_BACKWARD;
        case JUMP_NO_INTERRUPT -> forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
        case POP_JUMP_IF_NOT_NONE -> forward ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
        case POP_JUMP_IF_NONE -> forward ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
        case POP_JUMP_IF_FALSE -> forward ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
        case POP_JUMP_IF_TRUE -> forward ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
        case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
          if (!forward) {
            throw new IllegalStateException("unexpected " + Opcode.name(last.opcode) + " jumping backwards");
          }
          yield last.opcode;
        }
        default -> last.opcode;
      };
    }
  }

  static int instrSize(Instr in) {
    int oparg = Opcode.hasArg(in.opcode) ? in.oparg : 0;
    int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
    return extended + 1 + Opcode.caches(in.opcode);
  }

  /** {@code assemble_jump_offsets}: block offsets and relative jump arguments, until EXTENDED_ARGs settle. */
  private void jumpOffsets() {
    boolean recompile;
    do {
      int totsize = 0;
      for (Block b = entry; b != null; b = b.next) {
        b.offset = totsize;
        for (Instr in : b.instrs) {
          totsize += instrSize(in);
        }
      }
      recompile = false;
      for (int k = u.blocks.size() - 1; k >= 0; k--) {
        Block b = u.blocks.get(k);
        int bsize = b.offset;
        for (Instr in : b.instrs) {
          int isize = instrSize(in);
          bsize += isize;
          if (Opcode.isJump(in.opcode)) {
            in.oparg = in.target.offset;
            if (in.oparg < bsize) {
              in.oparg = bsize - in.oparg;
            } else {
              in.oparg -= bsize;
            }
            if (instrSize(in) != isize) {
              recompile = true;
            }
          }
        }
      }
    } while (recompile);
  }

  private CodeObject makeCode(List<Object> consts, int maxdepth, int nlocalsplus, int numdropped, int flags,
      int serial) {
    List<Integer> units = new ArrayList<>();
    List<int[]> locs = new ArrayList<>();
    for (Block b = entry; b != null; b = b.next) {
      for (Instr in : b.instrs) {
        emit(in, units, locs);
      }
    }
    int[] code = new int[units.size()];
    int[][] positions = new int[4][units.size()];
    for (int i = 0; i < code.length; i++) {
      code[i] = units.get(i);
      for (int k = 0; k < 4; k++) {
        positions[k][i] = locs.get(i)[k];
      }
    }
    List<ExceptionEntry> table = exceptionTable();
    List<String> names = new ArrayList<>(u.names.keySet());
    String[] lpNames = new String[nlocalsplus];
    byte[] lpKinds = new byte[nlocalsplus];
    int nlocals = u.varnames.size();
    for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
      int kind = CodeObject.CO_FAST_LOCAL;
      if (u.cellvars.containsKey(e.getKey())) {
        kind |= CodeObject.CO_FAST_CELL;
      }
      lpNames[e.getValue()] = e.getKey();
      lpKinds[e.getValue()] = (byte) kind;
    }
    int dropped = 0;
    for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
      if (u.varnames.containsKey(e.getKey())) {
        dropped++;
        continue;
      }
      int offset = e.getValue() + nlocals - dropped;
      lpNames[offset] = e.getKey();
      lpKinds[offset] = (byte) CodeObject.CO_FAST_CELL;
    }
    for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
      int offset = e.getValue() + nlocals - numdropped;
      lpNames[offset] = e.getKey();
      lpKinds[offset] = (byte) CodeObject.CO_FAST_FREE;
    }
    List<String> localsplus = new ArrayList<>();
    Collections.addAll(localsplus, lpNames);
    return new CodeObject(u.name, u.qualname != null ? u.qualname : u.name, filename, u.firstlineno, flags,
        u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, names, consts,
        localsplus, lpKinds, code, positions, table, serial);
  }

  private static void emit(Instr in, List<Integer> units, List<int[]> locs) {
    int oparg = Opcode.hasArg(in.opcode) ? in.oparg : 0;
    int size = instrSize(in);
    int caches = Opcode.caches(in.opcode);
    int[] loc = {in.lineno, in.endLineno, in.colOffset, in.endColOffset};
    for (int shift = 8 * (size - caches - 1); shift > 0; shift -= 8) {
      units.add(EXTENDED_ARG | ((oparg >> shift) & 0xff) << 8);
      locs.add(loc);
    }
    units.add(in.opcode | (oparg & 0xff) << 8);
    locs.add(loc);
    for (int c = 0; c < caches; c++) {
      units.add(CACHE);
      locs.add(loc);
    }
  }

  /** {@code assemble_exception_table}: one row per run of instructions with the same handler. */
  private List<ExceptionEntry> exceptionTable() {
    List<ExceptionEntry> out = new ArrayList<>();
    Block handler = null;
    int start = -1;
    int ioffset = 0;
    for (Block b = entry; b != null; b = b.next) {
      ioffset = b.offset;
      for (Instr in : b.instrs) {
        if (in.except != handler) {
          if (handler != null) {
            out.add(entry(start, ioffset, handler));
          }
          start = ioffset;
          handler = in.except;
        }
        ioffset += instrSize(in);
      }
    }
    if (handler != null) {
      out.add(entry(start, ioffset, handler));
    }
    return out;
  }

  private static ExceptionEntry entry(int start, int end, Block handler) {
    int depth = handler.startDepth - 1;
    if (handler.preserveLasti) {
      depth -= 1;
    }
    return new ExceptionEntry(start * 2, end * 2, handler.offset * 2, depth, handler.preserveLasti);
  }
}
