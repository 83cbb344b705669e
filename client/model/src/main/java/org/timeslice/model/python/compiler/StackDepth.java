package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.Opcode;

/**
 * {@code stackdepth()} and {@code stack_effect()} of CPython 3.11's {@code compile.c}: each block's stack
 * depth on entry (a handler's sets its exception-table depth) and the largest depth any path reaches.
 */
final class StackDepth {
  private StackDepth() {}

  static int compute(Unit u, Block entry) {
    for (Block b : u.blocks) {
      b.startDepth = Integer.MIN_VALUE;
    }
    List<Block> stack = new ArrayList<>();
    push(stack, entry, u.ste.generator || u.ste.coroutine ? 1 : 0);
    int maxdepth = 0;
    while (!stack.isEmpty()) {
      Block b = stack.remove(stack.size() - 1);
      int depth = b.startDepth;
      Block next = b.next;
      for (Instr in : b.instrs) {
        int effect = effect(in.opcode, in.oparg, 0);
        int newDepth = depth + effect;
        maxdepth = Math.max(maxdepth, newDepth);
        if (Opcode.isJump(in.opcode) || Opcode.isBlockPush(in.opcode)) {
          int targetDepth = depth + effect(in.opcode, in.oparg, 1);
          maxdepth = Math.max(maxdepth, targetDepth);
          push(stack, in.target, targetDepth);
        }
        depth = newDepth;
        if (in.opcode == JUMP_NO_INTERRUPT || in.opcode == JUMP || in.opcode == RETURN_VALUE
            || in.opcode == RAISE_VARARGS || in.opcode == RERAISE) {
          next = null;
          break;
        }
      }
      if (next != null) {
        push(stack, next, depth);
      }
    }
    return maxdepth;
  }

  private static void push(List<Block> stack, Block b, int depth) {
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.add(b);
    }
  }

  /** {@code stack_effect(opcode, oparg, jump)}: jump 0 = falls through, 1 = jumps. */
  static int effect(int opcode, int oparg, int jump) {
    switch (opcode) {
      case NOP, EXTENDED_ARG, RESUME, CACHE, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
          GET_ITER, SETUP_ANNOTATIONS, ASYNC_GEN_WRAP, YIELD_VALUE, POP_BLOCK, DELETE_NAME, LOAD_ATTR,
          CHECK_EXC_MATCH, CHECK_EG_MATCH, JUMP_FORWARD, JUMP_BACKWARD, JUMP, JUMP_BACKWARD_NO_INTERRUPT,
          JUMP_NO_INTERRUPT, DELETE_GLOBAL, DELETE_FAST, RETURN_GENERATOR, KW_NAMES, MAKE_CELL,
          COPY_FREE_VARS, DELETE_DEREF, GET_AWAITABLE, GET_AITER, GET_YIELD_FROM_ITER, LIST_TO_TUPLE:
        return 0;
      case POP_TOP, SET_ADD, LIST_APPEND, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT,
          STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME,
          POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE,
          POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_FORWARD_IF_FALSE,
          POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE,
          POP_JUMP_IF_TRUE, PREP_RERAISE_STAR, RERAISE, STORE_FAST, CALL, STORE_DEREF, LIST_EXTEND,
          SET_UPDATE, DICT_MERGE, DICT_UPDATE, BINARY_OP:
        return -1;
      case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, END_ASYNC_FOR, MATCH_CLASS:
        return -2;
      case STORE_SUBSCR:
        return -3;
      case LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, PUSH_EXC_INFO, WITH_EXCEPT_START, LOAD_FAST,
          LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH, BEFORE_WITH, GET_ANEXT, LOAD_METHOD,
          LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, COPY, PUSH_NULL:
        return 1;
      case UNPACK_SEQUENCE:
        return oparg - 1;
      case UNPACK_EX:
        return (oparg & 0xFF) + (oparg >> 8);
      case FOR_ITER:
        return jump > 0 ? -1 : 1;
      case SEND:
        return jump > 0 ? -1 : 0;
      case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
        return 1 - oparg;
      case BUILD_MAP:
        return 1 - 2 * oparg;
      case BUILD_CONST_KEY_MAP, PRECALL, RAISE_VARARGS:
        return -oparg;
      case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
        return jump != 0 ? 0 : -1;
      case LOAD_GLOBAL:
        return (oparg & 1) + 1;
      case SETUP_FINALLY, SETUP_WITH:
        return jump != 0 ? 1 : 0;
      case SETUP_CLEANUP:
        return jump != 0 ? 2 : 0;
      case CALL_FUNCTION_EX:
        return -2 - ((oparg & 0x01) != 0 ? 1 : 0);
      case MAKE_FUNCTION:
        return -Integer.bitCount(oparg & 0x0f);
      case BUILD_SLICE:
        return oparg == 3 ? -2 : -1;
      case FORMAT_VALUE:
        return (oparg & 0x4) == 0x4 ? -1 : 0;
      default:
        throw new IllegalStateException("no stack effect for " + Opcode.name(opcode));
    }
  }
}
