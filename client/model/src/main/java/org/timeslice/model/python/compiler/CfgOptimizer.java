package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.code.Opcode;

/**
 * The flow-graph passes of CPython 3.11's {@code compile.c} that run before assembly: {@code optimize_cfg}
 * ({@code optimize_basic_block}: constant conditions, tuple folding, jump threading, SWAP elimination,
 * NULL+LOAD_GLOBAL; then unreachable code, empty blocks and redundant jumps), {@code clean_basic_block}
 * (NOP removal), {@code extend_block}, {@code duplicate_exits_without_lineno},
 * {@code propagate_line_numbers}, {@code guarantee_lineno_for_exits} and {@code trim_unused_consts}.
 */
final class CfgOptimizer {
  static final int MAX_COPY_SIZE = 4;

  private final Unit u;
  private final List<Object> consts;

  CfgOptimizer(Unit u, List<Object> consts) {
    this.u = u;
    this.consts = consts;
  }

  /** {@code normalize_basic_block}: marks exits and no-fallthrough blocks, skips empty jump targets. */
  static void normalize(Block bb) {
    for (int i = 0; i < bb.size(); i++) {
      Instr in = bb.get(i);
      switch (in.opcode) {
        case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
          bb.exit = true;
          bb.nofallthrough = true;
        }
        case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE,
            POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> {
          if (in.opcode == JUMP || in.opcode == JUMP_NO_INTERRUPT) {
            bb.nofallthrough = true;
          }
          if (i != bb.size() - 1) {
            throw new IllegalStateException("malformed control flow graph");
          }
          while (in.target.size() == 0) {
            in.target = in.target.next;
          }
        }
        default -> { }
      }
    }
  }

  private static boolean hasLineno(Block bb) {
    for (Instr in : bb.instrs) {
      if (in.lineno > 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code extend_block}: a jump to a short exit block without line numbers becomes a copy of it. */
  static void extend(Block bb) {
    if (bb.size() == 0) {
      return;
    }
    Instr last = bb.last();
    if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) {
      return;
    }
    if (last.target.exit && last.target.size() <= MAX_COPY_SIZE) {
      Block toCopy = last.target;
      if (hasLineno(toCopy)) {
        return;
      }
      last.opcode = NOP;
      for (Instr in : toCopy.instrs) {
        bb.instrs.add(in.copy());
      }
      bb.exit = true;
    }
  }

  /** {@code clean_basic_block}: removes NOPs that carry no line of their own. */
  static void clean(Block bb) {
    List<Instr> out = new ArrayList<>();
    int prevLineno = -1;
    for (int src = 0; src < bb.size(); src++) {
      Instr in = bb.get(src);
      int lineno = in.lineno;
      if (in.opcode == NOP) {
        if (lineno < 0) {
          continue;
        }
        if (prevLineno == lineno) {
          continue;
        }
        if (src < bb.size() - 1) {
          int nextLineno = bb.get(src + 1).lineno;
          if (nextLineno == lineno) {
            continue;
          }
          if (nextLineno < 0) {
            in.copyLocTo(bb.get(src + 1));
            continue;
          }
        } else {
          Block next = bb.next;
          while (next != null && next.size() == 0) {
            next = next.next;
          }
          if (next != null && lineno == next.get(0).lineno) {
            continue;
          }
        }
      }
      out.add(in);
      prevLineno = lineno;
    }
    bb.instrs.clear();
    bb.instrs.addAll(out);
  }

  void optimizeCfg(Block entry, int nblocks) {
    for (Block b = entry; b != null; b = b.next) {
      optimizeBlock(b);
      clean(b);
    }
    for (int k = u.blocks.size() - 1; k >= 0; k--) {
      extend(u.blocks.get(k));
    }
    markReachable(entry, nblocks);
    for (Block b = entry; b != null; b = b.next) {
      if (b.predecessors == 0) {
        b.instrs.clear();
        b.nofallthrough = false;
      }
    }
    eliminateEmptyBlocks(entry);
    for (Block b = entry; b != null; b = b.next) {
      clean(b);
    }
    boolean maybeEmpty = false;
    for (Block b = entry; b != null; b = b.next) {
      if (b.size() > 0) {
        Instr last = b.last();
        if ((last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) && last.target == b.next) {
          b.nofallthrough = false;
          last.opcode = NOP;
          maybeEmpty = true;
        }
      }
    }
    if (maybeEmpty) {
      eliminateEmptyBlocks(entry);
    }
  }

  private static void markReachable(Block entry, int nblocks) {
    List<Block> stack = new ArrayList<>();
    entry.predecessors = 1;
    stack.add(entry);
    while (!stack.isEmpty()) {
      Block b = stack.remove(stack.size() - 1);
      if (b.next != null && !b.nofallthrough) {
        if (b.next.predecessors == 0) {
          stack.add(b.next);
        }
        b.next.predecessors++;
      }
      for (Instr in : b.instrs) {
        if (Opcode.isJump(in.opcode) || Opcode.isBlockPush(in.opcode)) {
          Block target = in.target;
          if (target.predecessors == 0) {
            stack.add(target);
          }
          target.predecessors++;
        }
      }
    }
  }

  static void eliminateEmptyBlocks(Block entry) {
    for (Block b = entry; b != null; b = b.next) {
      Block next = b.next;
      if (next != null) {
        while (next.size() == 0 && next.next != null) {
          next = next.next;
        }
        b.next = next;
      }
    }
    for (Block b = entry; b != null; b = b.next) {
      if (b.size() == 0) {
        continue;
      }
      Instr last = b.last();
      if (Opcode.isJump(last.opcode)) {
        Block target = last.target;
        while (target.size() == 0) {
          target = target.next;
        }
        last.target = target;
      }
    }
  }

  private static boolean jumpThread(Instr inst, Instr target, int opcode) {
    if (inst.lineno == target.lineno && inst.target != target.target) {
      inst.target = target.target;
      inst.opcode = opcode;
      return true;
    }
    return false;
  }

  /** {@code optimize_basic_block}. */
  private void optimizeBlock(Block bb) {
    Instr nop = new Instr(NOP, 0, null, -1, -1, -1, -1);
    for (int i = 0; i < bb.size(); i++) {
      Instr inst = bb.get(i);
      int oparg = inst.oparg;
      int nextop = i + 1 < bb.size() ? bb.get(i + 1).opcode : 0;
      Instr target;
      if (Opcode.isJump(inst.opcode) || Opcode.isBlockPush(inst.opcode)) {
        while (inst.target.size() == 0) {
          inst.target = inst.target.next;
        }
        target = inst.target.get(0);
      } else {
        target = nop;
      }
      switch (inst.opcode) {
        case LOAD_CONST -> loadConst(bb, i, inst, nextop);
        case BUILD_TUPLE -> {
          if (nextop == UNPACK_SEQUENCE && oparg == bb.get(i + 1).oparg) {
            if (oparg == 1) {
              inst.opcode = NOP;
              bb.get(i + 1).opcode = NOP;
              continue;
            }
            if (oparg == 2 || oparg == 3) {
              inst.opcode = NOP;
              bb.get(i + 1).opcode = SWAP;
              continue;
            }
          }
          if (i >= oparg) {
            foldTuple(bb, i - oparg, oparg);
          }
        }
        case JUMP_IF_FALSE_OR_POP -> i = threadBoolJump(bb, i, inst, target, true);
        case JUMP_IF_TRUE_OR_POP -> i = threadBoolJump(bb, i, inst, target, false);
        case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
          if (target.opcode == JUMP && jumpThread(inst, target, inst.opcode)) {
            i--;
          }
        }
        case SWAP -> {
          if (oparg == 1) {
            inst.opcode = NOP;
            break;
          }
          i = Swaps.swaptimize(bb, i);
          Swaps.applyStaticSwaps(bb, i);
        }
        case PUSH_NULL -> {
          if (nextop == LOAD_GLOBAL && (LOAD_GLOBAL & 1) == 0) {
            inst.opcode = NOP;
            inst.oparg = 0;
            bb.get(i + 1).oparg |= 1;
          }
        }
        default -> { }
      }
    }
  }

  private void loadConst(Block bb, int i, Instr inst, int nextop) {
    switch (nextop) {
      case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
        boolean isTrue = Constants.isTrue(consts.get(inst.oparg));
        inst.opcode = NOP;
        boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
        if (isTrue == jumpIfTrue) {
          bb.get(i + 1).opcode = JUMP;
          bb.nofallthrough = true;
        } else {
          bb.get(i + 1).opcode = NOP;
        }
      }
      case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
        boolean isTrue = Constants.isTrue(consts.get(inst.oparg));
        boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
        if (isTrue == jumpIfTrue) {
          bb.get(i + 1).opcode = JUMP;
          bb.nofallthrough = true;
        } else {
          inst.opcode = NOP;
          bb.get(i + 1).opcode = NOP;
        }
      }
      case IS_OP -> {
        Object cnt = consts.get(inst.oparg);
        int jumpOp = i + 2 < bb.size() ? bb.get(i + 2).opcode : 0;
        if (cnt == Constants.NONE && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
          int nextarg = bb.get(i + 1).oparg & 0xff;
          inst.opcode = NOP;
          bb.get(i + 1).opcode = NOP;
          bb.get(i + 2).opcode = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0
              ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
        }
      }
      default -> { }
    }
  }

  /** Jump threading for JUMP_IF_FALSE_OR_POP ({@code whenFalse}) and JUMP_IF_TRUE_OR_POP. */
  private static int threadBoolJump(Block bb, int i, Instr inst, Instr target, boolean whenFalse) {
    int same = whenFalse ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
    int sameOrPop = whenFalse ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    int opposite = whenFalse ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
    int oppositeOrPop = whenFalse ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
    if (target.opcode == same) {
      return jumpThread(inst, target, same) ? i - 1 : i;
    }
    if (target.opcode == JUMP || target.opcode == sameOrPop) {
      return jumpThread(inst, target, sameOrPop) ? i - 1 : i;
    }
    if (target.opcode == oppositeOrPop || target.opcode == opposite) {
      if (inst.lineno == target.lineno) {
        inst.opcode = same;
        inst.target = inst.target.next;
        return i - 1;
      }
    }
    return i;
  }

  /** {@code fold_tuple_on_constants}: LOAD_CONST × n, BUILD_TUPLE n → LOAD_CONST (tuple). */
  private void foldTuple(Block bb, int first, int n) {
    for (int k = 0; k < n; k++) {
      if (bb.get(first + k).opcode != LOAD_CONST) {
        return;
      }
    }
    List<Object> items = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      items.add(consts.get(bb.get(first + k).oparg));
    }
    ConstTuple folded = new ConstTuple(items);
    int index = consts.indexOf(folded);
    if (index < 0) {
      index = consts.size();
      consts.add(folded);
    }
    for (int k = 0; k < n; k++) {
      bb.get(first + k).opcode = NOP;
    }
    Instr build = bb.get(first + n);
    build.opcode = LOAD_CONST;
    build.oparg = index;
  }

  /** {@code duplicate_exits_without_lineno}: an exit block without a line gets one copy per jump to it. */
  void duplicateExitsWithoutLineno() {
    int count = u.blocks.size();
    for (int k = count - 1; k >= 0; k--) {
      Block b = u.blocks.get(k);
      if (b.size() > 0 && Opcode.isJump(b.last().opcode)) {
        Block target = b.last().target;
        if (isExitWithoutLineno(target) && target.predecessors > 1) {
          Block copy = u.newBlock();
          for (Instr in : target.instrs) {
            copy.instrs.add(in.copy());
          }
          copy.exit = target.exit;
          copy.nofallthrough = true;
          b.last().copyLocTo(copy.get(0));
          b.last().target = copy;
          target.predecessors--;
          copy.predecessors = 1;
          copy.next = target.next;
          target.next = copy;
        }
      }
    }
    for (int k = u.blocks.size() - 1; k >= 0; k--) {
      Block b = u.blocks.get(k);
      while (b.next != null && b.next.size() == 0) {
        b.next = b.next.next;
      }
    }
    for (int k = u.blocks.size() - 1; k >= 0; k--) {
      Block b = u.blocks.get(k);
      if (!b.nofallthrough && b.next != null && b.size() > 0 && isExitWithoutLineno(b.next)) {
        b.last().copyLocTo(b.next.get(0));
      }
    }
  }

  private static boolean isExitWithoutLineno(Block b) {
    if (!b.exit) {
      return false;
    }
    for (Instr in : b.instrs) {
      if (in.lineno >= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code trim_unused_consts}: drops constants after the last one used (the first always stays). */
  void trimUnusedConsts(Block entry) {
    int max = 0;
    for (Block b = entry; b != null; b = b.next) {
      for (Instr in : b.instrs) {
        if ((in.opcode == LOAD_CONST || in.opcode == KW_NAMES) && in.oparg > max) {
          max = in.oparg;
        }
      }
    }
    while (consts.size() > max + 1) {
      consts.remove(consts.size() - 1);
    }
  }

  /** {@code propagate_line_numbers}. */
  static void propagateLineNumbers(Block entry) {
    for (Block b = entry; b != null; b = b.next) {
      if (b.size() == 0) {
        continue;
      }
      Instr prev = new Instr(NOP, 0, null, -1, -1, -1, -1);
      for (Instr in : b.instrs) {
        if (in.lineno < 0) {
          prev.copyLocTo(in);
        } else {
          in.copyLocTo(prev);
        }
      }
      if (!b.nofallthrough && b.next != null && b.next.predecessors == 1) {
        if (b.next.get(0).lineno < 0) {
          prev.copyLocTo(b.next.get(0));
        }
      }
      if (Opcode.isJump(b.last().opcode)) {
        Block target = b.last().target;
        if (target.predecessors == 1 && target.get(0).lineno < 0) {
          prev.copyLocTo(target.get(0));
        }
      }
    }
  }

  /** {@code guarantee_lineno_for_exits}. */
  static void guaranteeLinenoForExits(Block entry, int firstlineno) {
    int lineno = firstlineno;
    for (Block b = entry; b != null; b = b.next) {
      if (b.size() == 0) {
        continue;
      }
      Instr last = b.last();
      if (last.lineno < 0) {
        if (last.opcode == RETURN_VALUE) {
          for (Instr in : b.instrs) {
            in.lineno = lineno;
          }
        }
      } else {
        lineno = last.lineno;
      }
    }
  }
}
