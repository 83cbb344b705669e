package org.timeslice.model.multicpu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.PythonRandom;

/**
 * Jobs on several CPUs, each with a cache that a job must warm up before it runs faster: OSTEP's
 * {@code cpu-sched-multi/multi.py}.
 *
 * <p>How this works (the tool's rules in our words). Jobs wait in one shared queue, or with per-CPU queues
 * are dealt out round robin (each CPU in turn takes the first job left that may run on it). Each tick:
 * (1) every {@code timeSlice} ticks an interrupt puts each running job at the tail of its CPU's queue;
 * (2) with per-CPU queues, every {@code peekInterval} ticks each CPU whose queue is empty looks at a random
 * other CPU's queue ({@code random.choice}) and takes its first job that may run there; (3) each idle CPU,
 * in CPU order or shuffled ({@code random.shuffle}), takes the first job of its queue that may run on it;
 * a job new to that CPU's cache starts warming it; (4) each busy CPU runs its job one tick: at the warm
 * rate if the job's working set is in the cache, else 1; the job's warm-up count on this CPU then drops by
 * one, and at 0 its working set enters the cache at the front, pushing the last ones out (they must warm
 * up again) while the cache holds more than its size; a job with no work left frees the CPU.
 *
 * <p>Two quirks of the tool are kept: a CPU steals a job with an affinity only if the CPU's number equals
 * the job's run time or working-set size (the tool tests {@code cpu in job}, the whole record), and a job
 * alone larger than the cache never becomes warm. The tool stops with an IndexError when a CPU must steal
 * and there is no other CPU; the run then ends there ({@link Result#crash()}).
 */
public final class MultiRun {
  private final MultiSpec spec;
  private final PythonRandom random;
  private final int n;
  private final List<List<String>> queues = new ArrayList<>();
  private final String[] current;
  private final Cache[] caches;
  private final int[] timeLeft;
  private final int[] lastCpu;
  private final long[] ran;
  private final long[] ranWarm;
  private final List<MultiTick> ticks = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final java.util.TreeMap<String, Integer> indexByName = new java.util.TreeMap<>();
  private final List<List<String>> initialQueues = new ArrayList<>();
  private int finished;
  private int time;
  private long cells;

  /**
   * The result of a run.
   *
   * @param initialQueues the queues before the first tick (per CPU, or the one shared queue)
   * @param ticks every tick that completed
   * @param finishTime the tick count when every job had finished
   * @param ran per CPU, ticks it ran a job
   * @param ranWarm per CPU, ticks it ran a job at a warm rate above 1
   * @param crash null, or where the tool stops with an exception: its type and message (at {@code finishTime})
   */
  public record Result(List<List<String>> initialQueues, List<MultiTick> ticks, int finishTime, long[] ran,
      long[] ranWarm, String crash) {}

  private MultiRun(MultiSpec spec, PythonRandom random) {
    this.spec = spec;
    this.random = random;
    this.n = spec.cpus();
    this.current = new String[n];
    this.caches = new Cache[n];
    this.ran = new long[n];
    this.ranWarm = new long[n];
    this.timeLeft = new int[spec.jobs().size()];
    this.lastCpu = new int[spec.jobs().size()];
    for (int j = 0; j < spec.jobs().size(); j++) {
      names.add(spec.jobs().get(j).name());
      indexByName.put(spec.jobs().get(j).name(), j);
      timeLeft[j] = spec.jobs().get(j).runTime();
      lastCpu[j] = -1;
    }
    for (int c = 0; c < n; c++) {
      caches[c] = new Cache();
    }
  }

  /**
   * Runs {@code spec}, drawing from {@code random} where the tool does (steals, shuffles).
   *
   * @throws InvalidScenarioException if there are no CPUs or no jobs, or the names repeat
   * @throws SimulationLimitException if the run exceeds {@link Limits#MAX_TICKS} ticks or
   *     {@link Limits#MAX_OSTEP_CELLS} CPU-job cells
   */
  public static Result run(MultiSpec spec, PythonRandom random) {
    if (spec.cpus() < 1 || spec.cpus() > Limits.MAX_CORES) {
      throw new InvalidScenarioException("cpus", "1.." + Limits.MAX_CORES,
          "multi.py needs 1.." + Limits.MAX_CORES + " CPUs here, not " + spec.cpus());
    }
    if (spec.jobs().isEmpty()) {
      throw new InvalidScenarioException("jobs", "at least 1", "multi.py needs at least one job");
    }
    java.util.TreeSet<String> seen = new java.util.TreeSet<>();
    for (MultiJob job : spec.jobs()) {
      if (!seen.add(job.name())) {
        throw new InvalidScenarioException("jobs", "unique names", "two jobs are called " + job.name());
      }
    }
    return new MultiRun(spec, random).execute();
  }

  private Result execute() {
    assignQueues();
    for (List<String> q : queues) {
      initialQueues.add(List.copyOf(q));
    }
    String crash = null;
    while (finished < names.size()) {
      if (time >= Limits.MAX_TICKS) {
        throw new SimulationLimitException("time", "at most " + Limits.MAX_TICKS + " ticks",
            "multi.py would run more than " + Limits.MAX_TICKS + " ticks (Limits.MAX_TICKS)");
      }
      if (spec.timeSlice() == 0) {
        crash = "ZeroDivisionError: integer modulo by zero";
        break;
      }
      boolean interrupt = time > 0 && time % spec.timeSlice() == 0;
      if (interrupt) {
        for (int c = 0; c < n; c++) {
          if (current[c] != null) {
            queueOf(c).add(current[c]);
            current[c] = null;
          }
        }
      }
      List<MultiTick.Move> steals = new ArrayList<>();
      crash = steal(steals);
      if (crash != null) {
        break;
      }
      assign();
      List<MultiTick.Cpu> cpus = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        cpus.add(runOneTick(c));
      }
      List<List<String>> after = new ArrayList<>();
      for (List<String> q : queues) {
        after.add(List.copyOf(q));
      }
      ticks.add(new MultiTick(time, interrupt, List.copyOf(steals), List.copyOf(cpus), List.copyOf(after)));
      time++;
    }
    return new Result(List.copyOf(initialQueues), Collections.unmodifiableList(ticks), time, ran, ranWarm, crash);
  }

  /** Per-CPU queues: round robin, each CPU taking the first unassigned job that may run on it. */
  private void assignQueues() {
    if (!spec.perCpuQueues()) {
      queues.add(new ArrayList<>(names));
      return;
    }
    for (int c = 0; c < n; c++) {
      queues.add(new ArrayList<>());
    }
    List<Integer> unassigned = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      unassigned.add(j);
    }
    while (!unassigned.isEmpty()) {
      for (int c = 0; c < n; c++) {
        for (int k = 0; k < unassigned.size(); k++) {
          int j = unassigned.get(k);
          if (job(j).mayRunOn(c)) {
            queues.get(c).add(names.get(j));
            unassigned.remove(k);
            break;
          }
        }
      }
    }
  }

  private List<String> queueOf(int cpu) {
    return spec.perCpuQueues() ? queues.get(cpu) : queues.get(0);
  }

  private MultiJob job(int index) {
    return spec.jobs().get(index);
  }

  private int index(String name) {
    return indexByName.get(name);
  }

  /** Step 2; returns the tool's exception if it stops here. */
  private String steal(List<MultiTick.Move> steals) {
    if (!spec.perCpuQueues() || spec.peekInterval() <= 0 || time == 0 || time % spec.peekInterval() != 0) {
      return null;
    }
    for (int c = 0; c < n; c++) {
      if (!queues.get(c).isEmpty()) {
        continue;
      }
      List<Integer> others = new ArrayList<>();
      for (int o = 0; o < n; o++) {
        if (o != c) {
          others.add(o);
        }
      }
      if (others.isEmpty()) {
        return "IndexError: Cannot choose from an empty sequence";
      }
      int other = random.choice(others);
      for (String name : queues.get(other)) {
        MultiJob j = job(index(name));
        // The tool tests `cpu in self.jobs[name]`: the record's fields, so run time or working set.
        if (j.affinity().isEmpty() || c == j.runTime() || c == j.workingSet()) {
          queues.get(other).remove(name);
          queues.get(c).add(name);
          steals.add(new MultiTick.Move(name, other, c));
          break;
        }
      }
    }
    return null;
  }

  /** Step 3. */
  private void assign() {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      order.add(c);
    }
    if (spec.randomOrder()) {
      random.shuffle(order);
    }
    for (int c : order) {
      if (current[c] != null) {
        continue;
      }
      List<String> q = queueOf(c);
      for (int k = 0; k < q.size(); k++) {
        if (job(index(q.get(k))).mayRunOn(c)) {
          current[c] = q.remove(k);
          caches[c].newJob(index(current[c]));
          break;
        }
      }
    }
  }

  /** Step 4 for one CPU. */
  private MultiTick.Cpu runOneTick(int c) {
    cells += names.size() + 1;
    if (cells > Limits.MAX_OSTEP_CELLS) {
      throw new SimulationLimitException("time", "at most " + Limits.MAX_OSTEP_CELLS + " CPU-job cells",
          "multi.py would track more than " + Limits.MAX_OSTEP_CELLS + " cache cells (ticks x CPUs x jobs;"
              + " Limits.MAX_OSTEP_CELLS)");
    }
    String name = current[c];
    if (name == null) {
      return new MultiTick.Cpu(null, 0, false, false, caches[c].state());
    }
    int j = index(name);
    int rate = caches[c].isWarm(j) ? spec.warmRate() : 1;
    ran[c]++;
    if (rate > 1) {
      ranWarm[c]++;
    }
    timeLeft[j] = Math.max(0, timeLeft[j] - rate);
    boolean migrated = lastCpu[j] >= 0 && lastCpu[j] != c;
    lastCpu[j] = c;
    caches[c].updateWarming(j);
    if (timeLeft[j] <= 0) {
      current[c] = null;
      finished++;
    }
    return new MultiTick.Cpu(name, timeLeft[j], rate > 1, migrated, caches[c].state());
  }

  /**
   * One CPU's cache: the working sets in it, front first (the last ones are pushed out when it overflows),
   * and the jobs warming it with the ticks each still needs. A job is never in both.
   */
  private final class Cache {
    private final List<Integer> contents = new ArrayList<>();
    private final char[] warm = new char[names.size()];
    private final List<Integer> warming = new ArrayList<>();
    private final int[] countdown = new int[names.size()];

    Cache() {
      java.util.Arrays.fill(warm, ' ');
    }

    boolean isWarm(int job) {
      return warm[job] == 'w';
    }

    void newJob(int job) {
      if (isWarm(job) || warming.contains(job)) {
        return;
      }
      if (spec.warmupTime() == 0) {
        enter(job);
      } else {
        startWarming(job);
      }
    }

    private void startWarming(int job) {
      warming.add(job);
      countdown[job] = spec.warmupTime();
    }

    /** The job's working set enters at the front; the last ones leave while the cache is over its size. */
    private void enter(int job) {
      contents.add(0, job);
      warm[job] = 'w';
      long total = 0;
      for (int j : contents) {
        total += job(j).workingSet();
      }
      while (total > spec.cacheSize()) {
        int gone = contents.remove(contents.size() - 1);
        warm[gone] = ' ';
        startWarming(gone);
        total -= job(gone).workingSet();
      }
    }

    void updateWarming(int job) {
      int k = warming.indexOf(job);
      if (k < 0) {
        return;
      }
      countdown[job]--;
      if (countdown[job] <= 0) {
        warming.remove(k);
        enter(job);
      }
    }

    String state() {
      return new String(warm);
    }
  }
}
