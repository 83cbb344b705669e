package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.TaskSpec;

/**
 * One mlfq.py job: the tool's per-job state ({@code pri}, {@code ticksLeft}, {@code allotLeft},
 * {@code timeLeft}, {@code firstRun}, {@code endTime}) plus its I/O points. The tool issues an I/O whenever
 * cumulative CPU time is a multiple of ioFreq; here the program says where: an {@code io} op after
 * cumulative CPU time c is an I/O issued when the job has run c ticks.
 */
final class MlfqJob {
  final int start;
  final int runTime;
  /** Cumulative CPU ticks at which each I/O is issued, ascending. */
  private final int[] ioAt;
  private final int[] ioTicks;
  private int nextIo;
  int level;
  int ticksLeft;
  int allotLeft;
  int timeLeft;
  int firstRun = -1;
  int endTime = -1;

  private MlfqJob(int start, int runTime, int[] ioAt, int[] ioTicks, int ticks, int allot) {
    this.start = start;
    this.runTime = runTime;
    this.ioAt = ioAt;
    this.ioTicks = ioTicks;
    this.timeLeft = runTime;
    this.ticksLeft = ticks;
    this.allotLeft = allot;
  }

  /**
   * Reads task {@code i}'s program. Consecutive cpu ops add up; an io op must follow at least one tick of
   * CPU since the previous I/O, and the program must end with CPU work (a finishing job never does I/O).
   */
  static MlfqJob compile(int i, TaskSpec task, int topQuantum, int topAllotment) {
    String field = "tasks[" + i + "].program";
    if (task.arrivalTick() < 0 || task.arrivalTick() > Limits.MAX_ARRIVAL_TICK) {
      throw new InvalidScenarioException("tasks[" + i + "].arrival", "0.." + Limits.MAX_ARRIVAL_TICK,
          "tasks[" + i + "].arrival must be in 0.." + Limits.MAX_ARRIVAL_TICK);
    }
    List<Integer> at = new ArrayList<>();
    List<Integer> ticks = new ArrayList<>();
    long cpu = 0;
    long sinceIo = 0;
    List<Op> program = task.program();
    for (int k = 0; k < program.size(); k++) {
      Op op = program.get(k);
      if (op.kind() == OpKind.CPU) {
        cpu += op.ticks();
        sinceIo += op.ticks();
      } else if (sinceIo == 0) {
        throw new InvalidScenarioException(field + "[" + k + "]", "io after cpu",
            field + "[" + k + "]: an io op must follow at least 1 tick of cpu (mlfq.py issues an I/O"
                + " only after the job ran)");
      } else {
        at.add((int) cpu);
        ticks.add(op.ticks());
        sinceIo = 0;
      }
      if (cpu > Limits.MAX_TICKS) {
        throw new InvalidScenarioException(field, "at most " + Limits.MAX_TICKS + " cpu ticks",
            field + " holds more than " + Limits.MAX_TICKS + " ticks of cpu");
      }
    }
    if (sinceIo == 0) {
      throw new InvalidScenarioException(field, "ends with cpu >= 1",
          field + " must end with {\"cpu\": n >= 1}: an mlfq.py job never issues an I/O when it"
              + " finishes, and a job needs at least 1 tick of cpu");
    }
    return new MlfqJob(task.arrivalTick(), (int) cpu, toArray(at), toArray(ticks), topQuantum,
        topAllotment);
  }

  private static int[] toArray(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = values.get(k);
    }
    return out;
  }

  /** True if the job has just reached the cumulative CPU time of its next I/O. */
  boolean ioDueNow() {
    return nextIo < ioAt.length && runTime - timeLeft == ioAt[nextIo];
  }

  /** Consumes the due I/O and returns its length in ticks. */
  int takeIo() {
    return ioTicks[nextIo++];
  }
}
