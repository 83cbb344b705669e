package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;

/**
 * The {@code ostep-lottery} profile: OSTEP's {@code cpu-sched-lottery/lottery.py}.
 *
 * <p>How this works (the tool's rules in our words): every job arrives at 0 with a length and a number of
 * tickets. Python's {@code random} is seeded with the scenario's seed and {@code ostep.skipDraws} draws
 * are passed over (the ones lottery.py spent making random jobs). There are at most sum(lengths) rounds.
 * Each round draws {@code r = int(random() * 1000001)}, takes ticket {@code r % T} of the T tickets of the
 * jobs not yet done, and walks the jobs in list order adding up their tickets: the first whose total
 * exceeds the ticket wins. The winner's remaining time drops by the quantum (to 0 if less was left) and
 * the clock always advances by a whole quantum; a job reaching 0 is done at the clock, and its tickets
 * leave the total. The rounds stop when every job is done.
 *
 * <p>Every round is a {@link LotteryDraw}. The trace: the winner is DISPATCHED at the round's start unless
 * it is already running (the job it replaces is PREEMPTED), and EXITED at the end of its last round; a
 * last slice shorter than the quantum leaves the CPU idle for the rest of it. A lottery whose rounds run
 * out with jobs left (a job of length 0 adds no round), or whose tickets run out, has draws but no trace.
 */
final class LotteryRun {
  private final Scenario scenario;
  private final long quantum;
  private final long[] length;
  private final long[] tickets;
  private final List<LotteryDraw> draws = new ArrayList<>();
  private final RunBudget budget;
  private TraceRecorder recorder;
  private boolean ticketsRanOut;
  private boolean allDone;
  private long clock;

  LotteryRun(Scenario scenario, RunBudget budget) {
    this.scenario = scenario;
    this.budget = budget;
    OstepSimulator.requireArrivalZero(scenario, "lottery.py");
    this.quantum = scenario.scheduler() == null ? 1 : scenario.scheduler().quantumTicks();
    int n = scenario.tasks().size();
    this.length = new long[n];
    this.tickets = new long[n];
    for (int i = 0; i < n; i++) {
      List<Op> program = scenario.tasks().get(i).program();
      if (program.size() != 1 || program.get(0).kind() != OpKind.CPU) {
        throw new InvalidScenarioException("tasks[" + i + "].program", "[{\"cpu\": length}]",
            "a lottery.py job is one CPU burst: tasks[" + i + "].program must be [{\"cpu\": n}]");
      }
      length[i] = program.get(0).ticks();
      tickets[i] = scenario.tasks().get(i).tickets();
      if (tickets[i] < 0) {
        throw new InvalidScenarioException("tasks[" + i + "].tickets", ">= 0",
            "tasks[" + i + "].tickets must not be negative");
      }
    }
  }

  LotteryRun run() {
    int n = length.length;
    long rounds = 0;
    long total = 0;
    for (int i = 0; i < n; i++) {
      rounds += length[i];
      total += tickets[i];
    }
    if (rounds > Limits.MAX_TICKS) {
      throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " rounds",
          "lottery.py would hold " + rounds + " rounds (the sum of the lengths; Limits.MAX_TICKS)");
    }
    boolean traced = quantum >= 1 && quantum * rounds <= Limits.MAX_TICKS && nonNegative();
    recorder = traced ? new TraceRecorder(OstepSimulator.names(scenario), budget) : null;
    for (int i = 0; traced && i < n; i++) {
      recorder.change(0, i, Event.ADMITTED);
    }
    PythonRandom random = new PythonRandom(scenario.seed());
    for (int k = 0; k < scenario.ostep().skipDraws(); k++) {
      random.random();
    }
    long[] left = length.clone();
    long[] held = tickets.clone();
    int jobsLeft = n;
    int running = -1;
    for (int round = 0; round < rounds; round++) {
      budget.step();
      int r = (int) (random.random() * 1000001);
      if (total == 0) {
        ticketsRanOut = true;
        break;
      }
      long winner = Math.floorMod((long) r, total);
      int job = winnerOf(held, winner);
      long before = left[job];
      left[job] = left[job] >= quantum ? left[job] - quantum : 0;
      if (traced && running != job) {
        if (running >= 0) {
          recorder.change((int) clock, running, Event.PREEMPTED);
        }
        recorder.change((int) clock, job, Event.DISPATCHED);
        running = job;
      }
      long start = clock;
      clock += quantum;
      boolean done = left[job] == 0;
      draws.add(new LotteryDraw(round, start, r, winner, total, job, before, left[job], done));
      if (done) {
        total -= held[job];
        held[job] = 0;
        jobsLeft--;
        if (traced) {
          recorder.change((int) clock, job, Event.EXITED);
          running = -1;
        }
        if (jobsLeft == 0) {
          break;
        }
      }
    }
    allDone = jobsLeft == 0;
    return this;
  }

  private boolean nonNegative() {
    for (long l : length) {
      if (l < 0) {
        return false;
      }
    }
    return true;
  }

  /** The first job, in list order, whose running total of tickets exceeds {@code ticket}. */
  private static int winnerOf(long[] held, long ticket) {
    long current = 0;
    for (int j = 0; j < held.length; j++) {
      current += held[j];
      if (current > ticket) {
        return j;
      }
    }
    throw new IllegalStateException("lottery: ticket " + ticket + " is beyond every job's tickets");
  }

  List<LotteryDraw> draws() {
    return Collections.unmodifiableList(draws);
  }

  /** Whether the tool stops with a ZeroDivisionError: jobs left but none holding a ticket. */
  boolean ticketsRanOut() {
    return ticketsRanOut;
  }

  /**
   * The result, or throws if the lottery has no complete trace (jobs left when the rounds ran out, no
   * tickets left, a quantum below 1, negative lengths).
   */
  SimulationResult derive(boolean includeTimeline) {
    if (recorder == null || !allDone) {
      throw new InvalidScenarioException("tasks", "every job done within sum(lengths) rounds",
          ticketsRanOut ? "the jobs left hold no tickets (lottery.py stops here dividing by zero)"
              : "lottery.py stops after sum(lengths) rounds; here jobs are left then (a job of length 0"
                  + " adds no round of its own), or the quantum or a length is out of range");
    }
    int n = length.length;
    SimulationResult result = new ResultDeriver(OstepSimulator.names(scenario), new int[n], length.clone(),
        recorder.events(), (int) clock).derive(includeTimeline);
    for (LotteryDraw d : draws) {
      if (d.done()) {
        OstepSimulator.agree("completion of job " + d.job(), d.tick() + quantum,
            result.tasks().get(d.job()).completionTick());
      }
    }
    return result;
  }
}
