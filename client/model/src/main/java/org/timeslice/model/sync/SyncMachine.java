package org.timeslice.model.sync;

import static org.timeslice.model.sync.Layout.T_PC;
import static org.timeslice.model.sync.Layout.T_PHASE;
import static org.timeslice.model.sync.Layout.T_PROGRESS;
import static org.timeslice.model.sync.Layout.T_REGS;

import java.util.List;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;

/**
 * The rules of the shared-memory machine: which threads may take the next micro-step, and what a step
 * does. A pure function of its inputs: the same state and choice always give the same next state.
 *
 * <p>Every thread change goes through the lifecycle table: threads start READY (admitted), the thread
 * that steps is DISPATCHED (the one that stepped before it, if still RUNNING, is PREEMPTED), a blocking op
 * fires BLOCKED_ON_LOCK, a hand-off fires LOCK_GRANTED, and running past the last op fires EXITED.
 */
public final class SyncMachine {
  private SyncMachine() {}

  /** The machine before any step: variables and objects at their declared values, every thread READY. */
  public static SyncState initial(SyncProgram program) {
    Layout lay = new Layout(program);
    int[] core = new int[lay.coreLength];
    core[Layout.CURRENT] = -1;
    core[Layout.SWITCH_POINT] = 1;
    for (int v = 0; v < program.names(SyncProgram.Kind.VARIABLE).size(); v++) {
      core[lay.var(v)] = program.initialValue(v);
    }
    State ready = org.timeslice.model.lifecycle.Lifecycle.next(State.NEW, Event.ADMITTED);
    for (int t = 0; t < lay.threads; t++) {
      core[lay.thread(t, Layout.T_STATE)] = ready.ordinal();
      core[lay.thread(t, Layout.T_WAIT_OBJ)] = -1;
    }
    for (int m = 0; m < program.names(SyncProgram.Kind.MUTEX).size(); m++) {
      core[lay.mutex(m, Layout.M_OWNER)] = -1;
    }
    for (int s = 0; s < program.names(SyncProgram.Kind.SEMAPHORE).size(); s++) {
      core[lay.sem(s, Layout.S_COUNT)] = program.initialPermits(s);
    }
    for (int e = 0; e < program.names(SyncProgram.Kind.EVENT).size(); e++) {
      core[lay.event(e, Layout.E_FLAG)] = program.initiallySet(e) ? 1 : 0;
    }
    return new SyncState(program, lay, core, new int[lay.statsLength]);
  }

  /**
   * The threads that may take the next step, in ascending order. Under {@link SwitchPoints#CPYTHON_311}
   * that is only the thread that stepped last, unless its last step ended at a switch point; otherwise
   * every READY or RUNNING thread. Empty when the run is over (or stuck).
   */
  public static int[] choices(SyncState s) {
    int cur = s.current();
    if (s.program().switchPoints() == SwitchPoints.CPYTHON_311 && cur >= 0 && !s.atSwitchPoint()
        && s.isRunnable(cur)) {
      return new int[] {cur};
    }
    int n = 0;
    for (int t = 0; t < s.threadCount(); t++) {
      if (s.isRunnable(t)) {
        n++;
      }
    }
    int[] out = new int[n];
    n = 0;
    for (int t = 0; t < s.threadCount(); t++) {
      if (s.isRunnable(t)) {
        out[n++] = t;
      }
    }
    return out;
  }

  /** True if thread t is among {@link #choices}. */
  public static boolean canStep(SyncState s, int t) {
    for (int c : choices(s)) {
      if (c == t) {
        return true;
      }
    }
    return false;
  }

  /**
   * Thread t takes its next micro-step.
   *
   * @throws IllegalArgumentException if t is not among {@link #choices}
   * @throws SyncProgramException if the program misuses an object (unlocking a mutex it does not own, ...)
   */
  public static Step step(SyncState s, int t) {
    if (!canStep(s, t)) {
      throw new IllegalArgumentException("thread " + t + " cannot take the next step");
    }
    Work w = new Work(s);
    dispatch(w, s.current(), t);
    int pc = w.get(t, T_PC);
    List<Op> ops = w.program.ops(t);
    if (pc >= ops.size()) { // its last op blocked and was then completed by a hand-off
      exit(w, t);
      return finish(w, s, t, pc, "exit", true);
    }
    Op op = ops.get(pc);
    boolean switchPoint = execute(w, t, pc, op);
    boolean blocked = w.state(t) == State.WAITING;
    if (!blocked && w.get(t, T_PC) >= ops.size()) {
      exit(w, t);
      switchPoint = true;
    }
    return finish(w, s, t, pc, op.text(), switchPoint || blocked);
  }

  /**
   * Ends thread t at once, as killing a thread does: whatever it holds stays held (a mutex stays owned, so
   * its waiters wait forever). Only a READY or RUNNING thread can be killed.
   */
  public static Step kill(SyncState s, int t) {
    if (!s.isRunnable(t)) {
      throw new IllegalArgumentException("only a ready or running thread can be killed");
    }
    Work w = new Work(s);
    dispatch(w, s.current(), t);
    w.fire(t, Event.EXITED);
    w.put(t, Layout.T_KILLED, 1);
    StringBuilder held = new StringBuilder();
    List<String> mutexes = w.program.names(SyncProgram.Kind.MUTEX);
    for (int m = 0; m < mutexes.size(); m++) {
      if (w.core[w.lay.mutex(m, Layout.M_OWNER)] == t) {
        held.append(held.length() == 0 ? "" : ", ").append(mutexes.get(m));
      }
    }
    w.note(held.length() == 0 ? "killed" : "killed while holding " + held + ": it is never released");
    return finish(w, s, t, w.get(t, T_PC), "KILL", true);
  }

  private static void dispatch(Work w, int previous, int t) {
    if (previous >= 0 && previous != t && w.state(previous) == State.RUNNING) {
      w.fire(previous, Event.PREEMPTED);
    }
    if (w.state(t) == State.READY) {
      w.fire(t, Event.DISPATCHED);
    }
  }

  private static void exit(Work w, int t) {
    w.fire(t, Event.EXITED);
    progress(w, t, false);
  }

  private static Step finish(Work w, SyncState before, int t, int pc, String text, boolean switchPoint) {
    int step = before.step() + 1;
    w.stats[Layout.ST_STEP] = step;
    w.stats[w.lay.statsSteps(t)]++;
    w.core[Layout.CURRENT] = t;
    boolean anyPoint = w.program.switchPoints() != SwitchPoints.CPYTHON_311;
    w.core[Layout.SWITCH_POINT] = anyPoint || switchPoint ? 1 : 0;
    String note = w.note.toString();
    if (note.startsWith(" — ")) {
      note = note.substring(3);
    }
    return new Step(w.freeze(), new StepRecord(step, t, pc, text, note));
  }

  private static void progress(Work w, int t, boolean count) {
    if (count) {
      w.put(t, T_PROGRESS, w.get(t, T_PROGRESS) + 1);
    }
    int step = w.stats[Layout.ST_STEP] + 1;
    w.stats[w.lay.statsLastProgress(t)] = step;
    w.stats[Layout.ST_LAST_PROGRESS] = step;
  }

  /** Runs one op; returns true if it is a CPython 3.11 switch point. Moves the pc unless the op blocked. */
  private static boolean execute(Work w, int t, int pc, Op op) {
    int next = pc + 1;
    boolean switchPoint = false;
    int obj = w.program.objectOf(t, pc);
    int reg = op.reg();
    switch (op.code()) {
      case LOAD -> {
        int v = w.core[w.lay.var(obj)];
        w.put(t, T_REGS + reg, v);
        w.note("r" + reg + " = " + v);
      }
      case STORE -> {
        int v = w.get(t, T_REGS + reg);
        w.core[w.lay.var(obj)] = v;
        w.note(op.name() + " = " + v);
      }
      case ADD -> setReg(w, t, reg, w.get(t, T_REGS + reg) + op.imm());
      case ADD_REG -> setReg(w, t, reg, w.get(t, T_REGS + reg) + w.get(t, T_REGS + op.reg2()));
      case SET -> setReg(w, t, reg, op.imm());
      case ATOMIC_ADD -> {
        int old = w.core[w.lay.var(obj)];
        w.core[w.lay.var(obj)] = old + op.imm();
        if (reg >= 0) {
          w.put(t, T_REGS + reg, old);
        }
        w.note(op.name() + " = " + (old + op.imm()) + (reg >= 0 ? ", r" + reg + " = " + old : ""));
        switchPoint = true; // a call in Python (deque.append, itertools.count.__next__)
      }
      case CALL -> {
        setReg(w, t, reg, op.imm());
        switchPoint = true;
      }
      case JUMP, JUMP_IF_ZERO, JUMP_IF_NONZERO, JUMP_IF_GREATER -> {
        int r = reg >= 0 ? w.get(t, T_REGS + reg) : 0;
        boolean taken = switch (op.code()) {
          case JUMP_IF_ZERO -> r == 0;
          case JUMP_IF_NONZERO -> r != 0;
          case JUMP_IF_GREATER -> r > op.imm();
          default -> true;
        };
        if (taken) {
          next = op.target();
          switchPoint = op.target() <= pc;
        }
        w.note(taken ? "jumps to " + op.target() : "falls through");
      }
      case YIELD -> {
        w.note("offers the CPU");
        switchPoint = true;
      }
      case PROGRESS -> {
        progress(w, t, true);
        w.note("progress " + w.get(t, T_PROGRESS));
      }
      case PHASE -> w.put(t, T_PHASE, op.imm());
      default -> switchPoint = executeSync(w, t, obj, op);
    }
    if (w.state(t) != State.WAITING) {
      w.put(t, T_PC, next);
    }
    return switchPoint;
  }

  /** The synchronization ops; all are calls in Python, so all are CPython 3.11 switch points. */
  private static boolean executeSync(Work w, int t, int obj, Op op) {
    switch (op.code()) {
      case LOCK -> SyncObjects.lock(w, t, obj);
      case UNLOCK -> SyncObjects.unlock(w, t, obj);
      case TRY_LOCK -> SyncObjects.tryLock(w, t, obj, op.reg());
      case ACQUIRE -> SyncObjects.acquire(w, t, obj);
      case RELEASE -> SyncObjects.release(w, obj);
      case PUT -> SyncObjects.put(w, t, obj, w.get(t, T_REGS + op.reg()));
      case TAKE -> SyncObjects.take(w, t, obj, op.reg());
      case WAIT -> SyncObjects.await(w, t, obj, w.program.object2Of(t, w.get(t, T_PC)));
      case SIGNAL -> SyncObjects.signal(w, obj, false);
      case BROADCAST -> SyncObjects.signal(w, obj, true);
      case SET_EVENT -> SyncObjects.setEvent(w, obj);
      case CLEAR_EVENT -> w.core[w.lay.event(obj, Layout.E_FLAG)] = 0;
      case WAIT_EVENT -> SyncObjects.waitEvent(w, t, obj);
      default -> throw new IllegalStateException("unhandled op " + op.code());
    }
    return true;
  }

  private static void setReg(Work w, int t, int reg, int value) {
    w.put(t, T_REGS + reg, value);
    w.note("r" + reg + " = " + value);
  }
}
