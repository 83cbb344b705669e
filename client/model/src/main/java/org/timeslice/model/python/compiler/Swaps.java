package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

/**
 * SWAP optimisations of CPython 3.11's {@code compile.c}: {@code swaptimize} replaces a run of SWAPs and
 * NOPs with the shortest run that permutes the stack the same way, and {@code apply_static_swaps} swaps
 * the instructions that consume the items instead (e.g. {@code SWAP 2, STORE_FAST a, STORE_FAST b} becomes
 * {@code STORE_FAST b, STORE_FAST a}) when that is safe.
 */
final class Swaps {
  private static final int VISITED = -1;

  private Swaps() {}

  /** Returns the index of the run's last instruction. */
  static int swaptimize(Block block, int ix) {
    int depth = block.get(ix).oparg;
    int len = 0;
    boolean more = false;
    int limit = block.size() - ix;
    while (++len < limit) {
      int opcode = block.get(ix + len).opcode;
      if (opcode == SWAP) {
        depth = Math.max(depth, block.get(ix + len).oparg);
        more = true;
      } else if (opcode != NOP) {
        break;
      }
    }
    if (!more) {
      return ix;
    }
    int[] stack = new int[depth];
    for (int i = 0; i < depth; i++) {
      stack[i] = i;
    }
    for (int i = 0; i < len; i++) {
      Instr in = block.get(ix + i);
      if (in.opcode == SWAP) {
        int top = stack[0];
        stack[0] = stack[in.oparg - 1];
        stack[in.oparg - 1] = top;
      }
    }
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
      if (stack[i] == VISITED || stack[i] == i) {
        continue;
      }
      int j = i;
      while (true) {
        if (j != 0) {
          Instr in = block.get(ix + current--);
          in.opcode = SWAP;
          in.oparg = j + 1;
        }
        if (stack[j] == VISITED) {
          break;
        }
        int next = stack[j];
        stack[j] = VISITED;
        j = next;
      }
    }
    while (current >= 0) {
      block.get(ix + current--).opcode = NOP;
    }
    return ix + len - 1;
  }

  private static boolean swappable(int opcode) {
    return opcode == STORE_FAST || opcode == POP_TOP;
  }

  private static int storesTo(Instr in) {
    return in.opcode == STORE_FAST ? in.oparg : -1;
  }

  private static int nextSwappable(Block block, int i, int lineno) {
    while (++i < block.size()) {
      Instr in = block.get(i);
      if (lineno >= 0 && in.lineno != lineno) {
        return -1;
      }
      if (in.opcode == NOP) {
        continue;
      }
      if (swappable(in.opcode)) {
        return i;
      }
      return -1;
    }
    return -1;
  }

  static void applyStaticSwaps(Block block, int i) {
    for (; i >= 0; i--) {
      Instr swap = block.get(i);
      if (swap.opcode != SWAP) {
        if (swap.opcode == NOP || swappable(swap.opcode)) {
          continue;
        }
        return;
      }
      int j = nextSwappable(block, i, -1);
      if (j < 0) {
        return;
      }
      int k = j;
      int lineno = block.get(j).lineno;
      for (int count = swap.oparg - 1; count > 0; count--) {
        k = nextSwappable(block, k, lineno);
        if (k < 0) {
          return;
        }
      }
      int storeJ = storesTo(block.get(j));
      int storeK = storesTo(block.get(k));
      if (storeJ >= 0 || storeK >= 0) {
        if (storeJ == storeK) {
          return;
        }
        for (int idx = j + 1; idx < k; idx++) {
          int storeIdx = storesTo(block.get(idx));
          if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
            return;
          }
        }
      }
      swap.opcode = NOP;
      Instr temp = block.get(j);
      block.instrs.set(j, block.get(k));
      block.instrs.set(k, temp);
    }
  }
}
