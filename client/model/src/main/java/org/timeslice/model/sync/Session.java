package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * "You are the scheduler": a run the user drives one step at a time, with unlimited undo. Keeps every
 * state since the start (states are immutable), so undo is a pop and returns the identical earlier state.
 * The schedule (which thread took each step, {@code -1 - t} for a kill) replays the run exactly.
 */
public final class Session {
  private final List<SyncState> states = new ArrayList<>();
  private final List<StepRecord> records = new ArrayList<>();
  private final List<Integer> schedule = new ArrayList<>();

  public Session(SyncProgram program) {
    states.add(SyncMachine.initial(program));
  }

  /** A session that replays {@code schedule}; stops early (without error) at the first choice not allowed. */
  public static Session replay(SyncProgram program, List<Integer> schedule) {
    Session s = new Session(program);
    for (int choice : schedule) {
      boolean ok = choice >= 0 ? SyncMachine.canStep(s.state(), choice)
          : -1 - choice < s.state().threadCount() && s.state().isRunnable(-1 - choice);
      if (!ok || s.steps() >= org.timeslice.model.core.Limits.MAX_SYNC_STEPS) {
        break;
      }
      if (choice >= 0) {
        s.step(choice);
      } else {
        s.kill(-1 - choice);
      }
    }
    return s;
  }

  public SyncProgram program() { return states.get(0).program(); }

  /** The current state. */
  public SyncState state() { return states.get(states.size() - 1); }

  /** The state after {@code step} steps (0 = the start). */
  public SyncState stateAt(int step) { return states.get(step); }

  public int steps() { return states.size() - 1; }

  /** The log, oldest first. */
  public List<StepRecord> records() { return Collections.unmodifiableList(records); }

  /** Which thread took each step ({@code -1 - t} for a kill of thread t). */
  public List<Integer> schedule() { return Collections.unmodifiableList(schedule); }

  public int[] choices() { return SyncMachine.choices(state()); }

  /** Thread t takes the next step (see {@link SyncMachine#step}). */
  public StepRecord step(int t) {
    return push(SyncMachine.step(state(), t), t);
  }

  /** Kills thread t (see {@link SyncMachine#kill}). */
  public StepRecord kill(int t) {
    return push(SyncMachine.kill(state(), t), -1 - t);
  }

  private StepRecord push(Step step, int choice) {
    if (steps() >= org.timeslice.model.core.Limits.MAX_SYNC_STEPS) {
      throw new IllegalStateException("a run stops after " + org.timeslice.model.core.Limits.MAX_SYNC_STEPS
          + " steps");
    }
    states.add(step.state());
    records.add(step.record());
    schedule.add(choice);
    return step.record();
  }

  public boolean canUndo() { return steps() > 0; }

  /** Takes the last step back. */
  public void undo() {
    if (!canUndo()) {
      throw new IllegalStateException("nothing to undo");
    }
    states.remove(states.size() - 1);
    records.remove(records.size() - 1);
    schedule.remove(schedule.size() - 1);
  }
}
