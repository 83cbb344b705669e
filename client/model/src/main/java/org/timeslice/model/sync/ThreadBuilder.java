package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * Writes one thread's program op by op, with named labels for jumps. Obtained from
 * {@link SyncProgram.Builder#thread(String)}; {@link SyncProgram.Builder#build()} resolves the labels.
 *
 * <pre>{@code
 * b.thread("T0").label("top").increment("x").add(1, -1).jumpIfNonZero(1, "top");
 * }</pre>
 */
public final class ThreadBuilder {
  private final String name;
  private final List<Op> ops = new ArrayList<>();
  private final List<String> jumpLabels = new ArrayList<>();
  private final Map<String, Integer> labels = new LinkedHashMap<>();

  ThreadBuilder(String name) {
    this.name = name;
  }

  /** A builder holding already-resolved ops (their jump targets are kept). */
  static ThreadBuilder ofResolved(String name, List<Op> resolved) {
    ThreadBuilder tb = new ThreadBuilder(name);
    for (Op op : resolved) {
      tb.ops.add(op);
      tb.jumpLabels.add(null);
    }
    return tb;
  }

  private ThreadBuilder op(OpCode code, String n, String n2, int reg, int reg2, int imm, String label) {
    ops.add(new Op(code, n, n2, reg, reg2, imm, -1));
    jumpLabels.add(label);
    return this;
  }

  /** Marks the position of the next op. */
  public ThreadBuilder label(String label) {
    if (labels.containsKey(label)) {
      throw new InvalidScenarioException("threads." + name + ".labels", "unique", "label " + label
          + " is defined twice in thread " + name);
    }
    labels.put(label, ops.size());
    return this;
  }

  public ThreadBuilder load(int reg, String var) { return op(OpCode.LOAD, var, null, reg, -1, 0, null); }

  public ThreadBuilder store(String var, int reg) { return op(OpCode.STORE, var, null, reg, -1, 0, null); }

  public ThreadBuilder add(int reg, int imm) { return op(OpCode.ADD, null, null, reg, -1, imm, null); }

  public ThreadBuilder addReg(int reg, int reg2) { return op(OpCode.ADD_REG, null, null, reg, reg2, 0, null); }

  public ThreadBuilder set(int reg, int imm) { return op(OpCode.SET, null, null, reg, -1, imm, null); }

  /** {@code var += imm} in one step; the old value is dropped. */
  public ThreadBuilder atomicAdd(String var, int imm) {
    return op(OpCode.ATOMIC_ADD, var, null, -1, -1, imm, null);
  }

  /** {@code reg = var; var += imm} in one step. */
  public ThreadBuilder fetchAdd(int reg, String var, int imm) {
    return op(OpCode.ATOMIC_ADD, var, null, reg, -1, imm, null);
  }

  /** {@code x += 1} as the three micro-steps LOAD r0, ADD r0 1, STORE x r0. */
  public ThreadBuilder increment(String var) {
    return load(0, var).add(0, 1).store(var, 0);
  }

  public ThreadBuilder call(int reg, int returns) { return op(OpCode.CALL, null, null, reg, -1, returns, null); }

  public ThreadBuilder jump(String label) { return op(OpCode.JUMP, null, null, -1, -1, 0, label); }

  public ThreadBuilder jumpIfZero(int reg, String label) {
    return op(OpCode.JUMP_IF_ZERO, null, null, reg, -1, 0, label);
  }

  public ThreadBuilder jumpIfNonZero(int reg, String label) {
    return op(OpCode.JUMP_IF_NONZERO, null, null, reg, -1, 0, label);
  }

  public ThreadBuilder jumpIfGreater(int reg, int imm, String label) {
    return op(OpCode.JUMP_IF_GREATER, null, null, reg, -1, imm, label);
  }

  public ThreadBuilder yieldNow() { return op(OpCode.YIELD, null, null, -1, -1, 0, null); }

  public ThreadBuilder progress() { return op(OpCode.PROGRESS, null, null, -1, -1, 0, null); }

  public ThreadBuilder phase(int phase) { return op(OpCode.PHASE, null, null, -1, -1, phase, null); }

  public ThreadBuilder lock(String mutex) { return op(OpCode.LOCK, mutex, null, -1, -1, 0, null); }

  public ThreadBuilder unlock(String mutex) { return op(OpCode.UNLOCK, mutex, null, -1, -1, 0, null); }

  public ThreadBuilder tryLock(int reg, String mutex) {
    return op(OpCode.TRY_LOCK, mutex, null, reg, -1, 0, null);
  }

  public ThreadBuilder acquire(String sem) { return op(OpCode.ACQUIRE, sem, null, -1, -1, 0, null); }

  public ThreadBuilder release(String sem) { return op(OpCode.RELEASE, sem, null, -1, -1, 0, null); }

  public ThreadBuilder put(String queue, int reg) { return op(OpCode.PUT, queue, null, reg, -1, 0, null); }

  public ThreadBuilder take(int reg, String queue) { return op(OpCode.TAKE, queue, null, reg, -1, 0, null); }

  public ThreadBuilder await(String cond, String mutex) {
    return op(OpCode.WAIT, cond, mutex, -1, -1, 0, null);
  }

  public ThreadBuilder signal(String cond) { return op(OpCode.SIGNAL, cond, null, -1, -1, 0, null); }

  public ThreadBuilder broadcast(String cond) { return op(OpCode.BROADCAST, cond, null, -1, -1, 0, null); }

  public ThreadBuilder setEvent(String event) { return op(OpCode.SET_EVENT, event, null, -1, -1, 0, null); }

  public ThreadBuilder clearEvent(String event) {
    return op(OpCode.CLEAR_EVENT, event, null, -1, -1, 0, null);
  }

  public ThreadBuilder waitEvent(String event) {
    return op(OpCode.WAIT_EVENT, event, null, -1, -1, 0, null);
  }

  String name() {
    return name;
  }

  /** The ops with jump labels resolved to op indices. */
  List<Op> resolve() {
    List<Op> out = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      String label = jumpLabels.get(i);
      if (label == null) {
        out.add(op);
        continue;
      }
      Integer target = labels.get(label);
      if (target == null) {
        throw new InvalidScenarioException("threads." + name + ".ops[" + i + "]", "a defined label",
            "thread " + name + " jumps to undefined label " + label);
      }
      out.add(new Op(op.code(), op.name(), op.name2(), op.reg(), op.reg2(), op.imm(), target));
    }
    return out;
  }
}
