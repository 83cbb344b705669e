package org.timeslice.model.ostep;

import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;

/**
 * The {@code ostep-process-run} profile: OSTEP's {@code cpu-intro/process-run.py}.
 *
 * <p>How this works (the tool's rules in our words): a process is a list of instructions; {@code {"cpu": n}}
 * is n {@code cpu} instructions and {@code {"io": L}} is an {@code io} instruction (an I/O of length L)
 * followed by its {@code io_done}, which is ordinary CPU work. Process 0 starts RUNNING, the rest READY,
 * and {@code cur} names the current process. Tool tick t (t = 1, 2, …) runs: (1) I/O completions, each
 * followed by the "finished?" check; (2) {@code cur} executes one instruction if it is RUNNING and has one;
 * (3) the row is printed; (4) an executed {@code io} blocks {@code cur} until t + L + 1 and, under
 * SWITCH_ON_IO, picks the next READY process round robin after {@code cur}; (5) the "finished?" check.
 *
 * <p>Tick origin: tool row t is our tick t − 1. A change made in step 1 of row t shows in row t, so it is
 * recorded at our tick t − 1; a change made in steps 4–5 of row t first shows in row t + 1, so it is
 * recorded at our tick t. The last row's t is the makespan.
 */
final class ProcessRun {
  private static final byte CPU = 0;
  private static final byte IO = 1;
  private static final byte IO_DONE = 2;

  private final Scenario scenario;
  private final boolean switchOnIo;
  private final boolean runImmediate;
  private final byte[][] code;
  private final int[][] ioLength;
  private final int[] pc;
  private final int[] ioDoneAt;
  private final TraceRecorder recorder;
  private int cur;
  private int clock;
  private long toolCpuBusy;
  private long toolIoBusy;

  ProcessRun(Scenario scenario, RunBudget budget) {
    this.scenario = scenario;
    OstepSimulator.requireArrivalZero(scenario, "process-run.py");
    this.switchOnIo = scenario.ostep().switchBehavior() == SwitchBehavior.SWITCH_ON_IO;
    this.runImmediate = scenario.ostep().ioDoneBehavior() == IoDoneBehavior.IO_RUN_IMMEDIATE;
    int n = scenario.tasks().size();
    this.code = new byte[n][];
    this.ioLength = new int[n][];
    this.pc = new int[n];
    this.ioDoneAt = new int[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += load(i, scenario.tasks().get(i).program());
      if (total > Limits.MAX_TICKS) {
        throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " instructions",
            "the processes hold more than " + Limits.MAX_TICKS + " instructions (Limits.MAX_TICKS)");
      }
      ioDoneAt[i] = -1;
    }
    this.recorder = new TraceRecorder(OstepSimulator.names(scenario), budget);
  }

  /** Expands task i's ops into instructions; returns how many. */
  private int load(int i, List<Op> program) {
    long count = 0;
    for (Op op : program) {
      count += op.kind() == OpKind.CPU ? op.ticks() : 2;
    }
    if (count > Limits.MAX_TICKS) {
      throw new SimulationLimitException("tasks[" + i + "].program",
          "at most " + Limits.MAX_TICKS + " instructions",
          "tasks[" + i + "].program holds " + count + " instructions (Limits.MAX_TICKS)");
    }
    byte[] instructions = new byte[(int) count];
    int[] lengths = new int[(int) count];
    int at = 0;
    for (Op op : program) {
      if (op.kind() == OpKind.CPU) {
        at += op.ticks();
      } else {
        instructions[at] = IO;
        lengths[at] = op.ticks();
        instructions[at + 1] = IO_DONE;
        at += 2;
      }
    }
    code[i] = instructions;
    ioLength[i] = lengths;
    return (int) count;
  }

  ProcessRun run() {
    int n = code.length;
    for (int p = 0; p < n; p++) {
      recorder.change(0, p, Event.ADMITTED);
    }
    if (n > 0) {
      cur = 0;
      recorder.change(0, 0, Event.DISPATCHED);
    }
    while (active() > 0) {
      clock++;
      if (clock > Limits.MAX_TICKS) {
        throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
            "process-run needs more than " + Limits.MAX_TICKS + " ticks (Limits.MAX_TICKS)");
      }
      completeIos();
      tick();
    }
    return this;
  }

  /** Step 1: every I/O completing at this row, in pid order; each is recorded at our tick row − 1. */
  private void completeIos() {
    int at = clock - 1;
    for (int p = 0; p < code.length; p++) {
      if (ioDoneAt[p] != clock) {
        continue;
      }
      ioDoneAt[p] = -1;
      recorder.change(at, p, Event.IO_COMPLETED);
      if (runImmediate) {
        if (cur != p && recorder.state(cur) == State.RUNNING) {
          recorder.change(at, cur, Event.PREEMPTED);
        }
        switchTo(at, p);
      } else {
        if (!switchOnIo && runnable() > 1) {
          switchTo(at, p);
        }
        if (runnable() == 1) {
          switchTo(at, p);
        }
      }
      finishIfDone(at);
    }
  }

  /** Steps 2–5 of one row. */
  private void tick() {
    byte executed = -1;
    if (recorder.state(cur) == State.RUNNING && pc[cur] < code[cur].length) {
      executed = code[cur][pc[cur]];
      pc[cur]++;
      toolCpuBusy++;
    }
    for (int p = 0; p < code.length; p++) {
      if (ioDoneAt[p] > clock) {
        toolIoBusy++;
        break;
      }
    }
    if (executed == IO) {
      recorder.change(clock, cur, Event.IO_REQUESTED);
      ioDoneAt[cur] = clock + ioLength[cur][pc[cur] - 1] + 1;
      if (switchOnIo) {
        pickAfter(clock, cur);
      }
    }
    finishIfDone(clock);
  }

  /** The "finished?" check: a RUNNING {@code cur} with no instructions left is DONE. */
  private void finishIfDone(int at) {
    if (pc[cur] == code[cur].length && recorder.state(cur) == State.RUNNING) {
      recorder.change(at, cur, Event.EXITED);
      pickAfter(at, cur);
    }
  }

  /** Round robin: the first READY pid after {@code after}, wrapping; {@code cur} stays if none. */
  private void pickAfter(int at, int after) {
    int n = code.length;
    for (int k = 1; k <= n; k++) {
      int p = (after + k) % n;
      if (recorder.state(p) == State.READY) {
        switchTo(at, p);
        return;
      }
    }
  }

  private void switchTo(int at, int p) {
    if (recorder.anotherRunning(p)) {
      throw new IllegalStateException("process-run: two processes RUNNING at row " + clock);
    }
    cur = p;
    recorder.change(at, p, Event.DISPATCHED);
  }

  private int runnable() {
    int count = 0;
    for (int p = 0; p < code.length; p++) {
      State s = recorder.state(p);
      if (s == State.READY || s == State.RUNNING) {
        count++;
      }
    }
    return count;
  }

  private int active() {
    int count = 0;
    for (int p = 0; p < code.length; p++) {
      if (recorder.state(p) != State.TERMINATED) {
        count++;
      }
    }
    return count;
  }

  SimulationResult derive(boolean includeTimeline) {
    int n = code.length;
    long[] budget = new long[n];
    for (int i = 0; i < n; i++) {
      budget[i] = code[i].length;
    }
    SimulationResult result = new ResultDeriver(OstepSimulator.names(scenario), new int[n], budget,
        recorder.events(), clock).derive(includeTimeline);
    OstepSimulator.agree("CPU Busy", toolCpuBusy, result.cpuBusyTicks());
    OstepSimulator.agree("IO Busy", toolIoBusy, result.ioBusyTicks());
    return result;
  }
}
