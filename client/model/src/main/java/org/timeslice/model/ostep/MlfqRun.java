package org.timeslice.model.ostep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.sim.SimulationResult;

/**
 * The {@code ostep-mlfq} profile: OSTEP's {@code cpu-sched-mlfq/mlfq.py}.
 *
 * <p>How this works (the tool's rules in our words). Levels are indexed here as in the scenario, 0 = the
 * highest priority (the tool numbers them the other way round). Each tick t: (1) if boostTicks > 0, t ≠ 0
 * and t % boostTicks == 0, the jobs queued below the top are appended to the top queue, lowest level first,
 * and every unfinished job gets the top level with a fresh quantum and allotment; (2) the events of t run
 * in insertion order (arrivals were inserted first, in job order; I/O completions as they were issued):
 * the job is appended to the queue of its current level, or put at its front for an I/O completion under
 * ioBumpToFront; (3) the head of the highest non-empty queue runs one tick; (4) it finishes if its CPU work
 * is done (no I/O is then issued); otherwise it starts an I/O if its program has one here (under
 * stayAfterIo its quantum and allotment at the level are reset); and if the quantum it had before that
 * reset ran out, it uses up one allotment, is demoted one level when the allotment is spent, and (without
 * an I/O) goes to the tail of its queue. A job's program {@code cpu f, io T, cpu f, …} is the tool's
 * ioFreq f and ioTime T written out; a program ends with cpu, as a job finishing never issues an I/O.
 * Metrics as the tool: response = firstRun − start, turnaround = endTime − start.
 */
final class MlfqRun {
  private final Scenario scenario;
  private final int[] quantum;
  private final int[] allotment;
  private final int boost;
  private final boolean stay;
  private final boolean bump;
  private final List<MlfqJob> jobs;
  private final List<ArrayDeque<Integer>> queues = new ArrayList<>();
  /** tick → events in insertion order; an event is a job index, negative (−1 − job) for an arrival. */
  private final TreeMap<Integer, List<Integer>> events = new TreeMap<>();
  private final TraceRecorder recorder;
  private final List<MlfqStep> steps = new ArrayList<>();
  private int running = -1;
  private int clock;

  MlfqRun(Scenario scenario, RunBudget budget) {
    this.scenario = scenario;
    SchedulerSpec spec = scenario.scheduler();
    if (spec == null || spec.policy() != Policy.MLFQ) {
      throw new InvalidScenarioException("scheduler.policy", "MLFQ",
          "the ostep-mlfq profile needs scheduler.policy MLFQ");
    }
    List<MlfqLevel> levels = spec.levels();
    if (levels.isEmpty() || levels.size() > Limits.MAX_MLFQ_LEVELS) {
      throw new InvalidScenarioException("scheduler.levels", "1.." + Limits.MAX_MLFQ_LEVELS,
          "scheduler.levels needs 1.." + Limits.MAX_MLFQ_LEVELS + " levels, got " + levels.size());
    }
    this.quantum = new int[levels.size()];
    this.allotment = new int[levels.size()];
    // A quantum or allotment below 1 never runs out (the tool only checks == 0 after a decrement); the
    // validator keeps scenarios at >= 1, the ostep mlfq.py port passes what the tool was given.
    for (int i = 0; i < levels.size(); i++) {
      quantum[i] = levels.get(i).quantumTicks();
      allotment[i] = levels.get(i).allotment();
      queues.add(new ArrayDeque<>());
    }
    if (spec.boostTicks() < 0) {
      throw new InvalidScenarioException("scheduler.boostTicks", ">= 0",
          "scheduler.boostTicks must be >= 0 (0 = never), got " + spec.boostTicks());
    }
    this.boost = spec.boostTicks();
    this.stay = spec.stayAfterIo();
    this.bump = spec.ioBumpToFront();
    this.jobs = new ArrayList<>();
    for (int i = 0; i < scenario.tasks().size(); i++) {
      jobs.add(MlfqJob.compile(i, scenario.tasks().get(i), quantum[0], allotment[0]));
    }
    this.recorder = new TraceRecorder(OstepSimulator.names(scenario), budget);
  }

  MlfqRun run() {
    for (int j = 0; j < jobs.size(); j++) {
      schedule(jobs.get(j).start, -1 - j);
    }
    int finished = 0;
    while (finished < jobs.size()) {
      if (clock > Limits.MAX_TICKS) {
        throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
            "mlfq needs more than " + Limits.MAX_TICKS + " ticks (Limits.MAX_TICKS)");
      }
      if (boost > 0 && clock != 0 && clock % boost == 0) {
        steps.add(MlfqStep.at(MlfqStep.Kind.BOOST, clock, -1));
        boostAll();
      }
      runEvents();
      int level = highestNonEmpty();
      if (level < 0) {
        steps.add(MlfqStep.at(MlfqStep.Kind.IDLE, clock, -1));
        clock++;
        continue;
      }
      if (runOneTick(level)) {
        finished++;
      }
    }
    return this;
  }

  private void schedule(int tick, int event) {
    events.computeIfAbsent(tick, k -> new ArrayList<>()).add(event);
  }

  private void boostAll() {
    ArrayDeque<Integer> top = queues.get(0);
    for (int level = queues.size() - 1; level >= 1; level--) {
      top.addAll(queues.get(level));
      queues.get(level).clear();
    }
    for (MlfqJob job : jobs) {
      if (job.timeLeft > 0) {
        job.level = 0;
        job.ticksLeft = quantum[0];
        job.allotLeft = allotment[0];
      }
    }
  }

  private void runEvents() {
    List<Integer> now = events.remove(clock);
    if (now == null) {
      return;
    }
    for (int event : now) {
      boolean arrival = event < 0;
      int j = arrival ? -1 - event : event;
      ArrayDeque<Integer> queue = queues.get(jobs.get(j).level);
      recorder.change(clock, j, arrival ? Event.ADMITTED : Event.IO_COMPLETED);
      steps.add(MlfqStep.at(arrival ? MlfqStep.Kind.BEGINS : MlfqStep.Kind.IO_DONE, clock, j));
      if (bump && !arrival) {
        queue.addFirst(j);
      } else {
        queue.addLast(j);
      }
    }
  }

  private int highestNonEmpty() {
    for (int level = 0; level < queues.size(); level++) {
      if (!queues.get(level).isEmpty()) {
        return level;
      }
    }
    return -1;
  }

  /** Runs the head of {@code level} for tick {@code clock}; returns true if the job finished. */
  private boolean runOneTick(int level) {
    ArrayDeque<Integer> queue = queues.get(level);
    int j = queue.peekFirst();
    MlfqJob job = jobs.get(j);
    if (job.level != level) {
      throw new IllegalStateException("mlfq: job " + j + " queued at the wrong level");
    }
    if (running != j) {
      if (running >= 0 && recorder.state(running) == State.RUNNING) {
        recorder.change(clock, running, Event.PREEMPTED);
      }
      recorder.change(clock, j, Event.DISPATCHED);
      running = j;
    }
    job.timeLeft--;
    job.ticksLeft--;
    if (job.firstRun < 0) {
      job.firstRun = clock;
    }
    int ticksLeftBeforeReset = job.ticksLeft;
    steps.add(new MlfqStep(MlfqStep.Kind.RUN, clock, j, level, job.ticksLeft, job.allotLeft, job.timeLeft));
    clock++;
    if (job.timeLeft == 0) {
      steps.add(MlfqStep.at(MlfqStep.Kind.FINISHED, clock, j));
      job.endTime = clock;
      queue.pollFirst();
      recorder.change(clock, j, Event.EXITED);
      running = -1;
      return true;
    }
    boolean issuedIo = job.ioDueNow();
    if (issuedIo) {
      steps.add(MlfqStep.at(MlfqStep.Kind.IO_START, clock, j));
      queue.pollFirst();
      if (stay) {
        job.ticksLeft = quantum[level];
        job.allotLeft = allotment[level];
      }
      schedule(clock + job.takeIo(), j);
      recorder.change(clock, j, Event.IO_REQUESTED);
      running = -1;
    }
    if (ticksLeftBeforeReset == 0) {
      expireQuantum(j, job, level, issuedIo);
    }
    return false;
  }

  private void expireQuantum(int j, MlfqJob job, int level, boolean issuedIo) {
    if (!issuedIo) {
      queues.get(level).pollFirst();
    }
    job.allotLeft--;
    if (job.allotLeft == 0) {
      int to = Math.min(level + 1, queues.size() - 1);
      job.level = to;
      job.ticksLeft = quantum[to];
      job.allotLeft = allotment[to];
    } else {
      job.ticksLeft = quantum[level];
    }
    if (!issuedIo) {
      queues.get(job.level).addLast(j);
      recorder.change(clock, j, Event.PREEMPTED);
      running = -1;
    }
  }

  /** The tool's execution trace, line by line (read-only). */
  List<MlfqStep> steps() {
    return java.util.Collections.unmodifiableList(steps);
  }

  SimulationResult derive(boolean includeTimeline) {
    int n = jobs.size();
    int[] arrival = new int[n];
    long[] budget = new long[n];
    for (int i = 0; i < n; i++) {
      arrival[i] = jobs.get(i).start;
      budget[i] = jobs.get(i).runTime;
    }
    SimulationResult result = new ResultDeriver(OstepSimulator.names(scenario), arrival, budget,
        recorder.events(), clock).derive(includeTimeline);
    for (int i = 0; i < n; i++) {
      OstepSimulator.agree("response of job " + i, jobs.get(i).firstRun - arrival[i],
          result.tasks().get(i).response());
      OstepSimulator.agree("turnaround of job " + i, jobs.get(i).endTime - arrival[i],
          result.tasks().get(i).turnaround());
    }
    return result;
  }
}
