package org.timeslice.model.x86;

/**
 * One loaded x86.py instruction: what it does and its numeric arguments, as the tool's loader encodes them
 * (it writes the call {@code self.move_i_to_r(1, 2)} into memory and evaluates it when the instruction
 * runs; {@link #call()} is that text, which {@code -v} prints).
 *
 * @param op what it does
 * @param args the arguments in the tool's order (register numbers, values, addresses, scale)
 * @param call the tool's text for it
 */
record Instruction(Op op, long[] args, String call) {
  /** The tool's instruction methods. */
  enum Op {
    MOVE_I_TO_R, MOVE_I_TO_M, MOVE_M_TO_R, MOVE_R_TO_M, MOVE_R_TO_R, LEA_M_TO_R,
    ADD_I_TO_R, ADD_R_TO_R, MUL_I_TO_R, MUL_R_TO_R, SUB_I_TO_R, SUB_R_TO_R, NEG_R,
    ATOMIC_EXCHANGE, FETCHADD, TEST_I_R, TEST_R_I, TEST_R_R,
    JUMP, JUMP_NOTEQUAL, JUMP_EQUAL, JUMP_LESSTHAN, JUMP_LESSTHANOREQUAL, JUMP_GREATERTHAN,
    JUMP_GREATERTHANOREQUAL, CALL, RET, PUSH_R, PUSH_M, POP, POP_R, HALT, IYIELD, NOP, RDUMP, MDUMP
  }

  long arg(int k) {
    return args[k];
  }
}
