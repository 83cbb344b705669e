package org.timeslice.model.sync;

/**
 * One micro-step of a thread's program, as data. Unused operands are {@code null} or -1.
 *
 * @param code what the op does
 * @param name the variable or object it touches (null for purely local ops)
 * @param name2 a second object (the mutex of {@link OpCode#WAIT}), else null
 * @param reg the first register (0..{@code Limits.SYNC_REGISTERS}-1), or -1
 * @param reg2 the second register, or -1
 * @param imm an immediate value
 * @param target the op index a jump goes to, or -1
 */
public record Op(OpCode code, String name, String name2, int reg, int reg2, int imm, int target) {

  /** A short assembly-like text, e.g. {@code LOAD r0, x} or {@code LOCK m}. */
  public String text() {
    StringBuilder sb = new StringBuilder(code.name());
    String sep = " ";
    if (reg >= 0 && code != OpCode.STORE && code != OpCode.PUT) {
      sb.append(sep).append('r').append(reg);
      sep = ", ";
    }
    if (name != null) {
      sb.append(sep).append(name);
      sep = ", ";
    }
    if (name2 != null) {
      sb.append(sep).append(name2);
      sep = ", ";
    }
    if (reg >= 0 && (code == OpCode.STORE || code == OpCode.PUT)) {
      sb.append(sep).append('r').append(reg);
      sep = ", ";
    }
    if (reg2 >= 0) {
      sb.append(sep).append('r').append(reg2);
      sep = ", ";
    }
    if (code == OpCode.ADD || code == OpCode.SET || code == OpCode.ATOMIC_ADD || code == OpCode.CALL
        || code == OpCode.PHASE || code == OpCode.JUMP_IF_GREATER) {
      sb.append(sep).append(imm);
      sep = ", ";
    }
    if (target >= 0) {
      sb.append(sep).append("@").append(target);
    }
    return sb.toString();
  }
}
