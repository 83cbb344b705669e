package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.MlfqStep;
import org.timeslice.model.ostep.OstepCommandLine;
import org.timeslice.model.ostep.OstepSimulator;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.TaskMetrics;

/**
 * OSTEP's {@code cpu-sched-mlfq/mlfq.py}: a multi-level feedback queue with boosts, allotments and I/O.
 *
 * <p>How this works: the levels and jobs are read as the tool reads them (with its messages and crashes),
 * then the {@code ostep-mlfq} profile runs them and keeps the tool's execution trace as
 * {@link MlfqStep}s, which this class prints line by line. A job of run time 0 or less runs as a job of 1
 * until its first tick, where the tool prints {@code TIME -1} and aborts. A job that would never begin
 * (a negative start) or an I/O that never ends (a negative {@code -i}) makes the tool print {@code IDLE}
 * forever; here the run stops at {@link Limits#MAX_TICKS}.
 */
final class MlfqTool {
  private static final String TOOL = "cpu-sched-mlfq/mlfq.py";

  private MlfqTool() {}

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-n", "--numQueues", OptParse.Type.INT, "numQueues", BigInteger.valueOf(3))
        .add("-q", "--quantum", OptParse.Type.INT, "quantum", BigInteger.TEN)
        .add("-a", "--allotment", OptParse.Type.INT, "allotment", BigInteger.ONE)
        .add("-Q", "--quantumList", OptParse.Type.STRING, "quantumList", "")
        .add("-A", "--allotmentList", OptParse.Type.STRING, "allotmentList", "")
        .add("-j", "--numJobs", OptParse.Type.INT, "numJobs", BigInteger.valueOf(3))
        .add("-m", "--maxlen", OptParse.Type.INT, "maxlen", BigInteger.valueOf(100))
        .add("-M", "--maxio", OptParse.Type.INT, "maxio", BigInteger.TEN)
        .add("-B", "--boost", OptParse.Type.INT, "boost", BigInteger.ZERO)
        .add("-i", "--iotime", OptParse.Type.INT, "ioTime", BigInteger.valueOf(5))
        .add("-S", "--stay", OptParse.Type.FLAG, "stay", false)
        .add("-I", "--iobump", OptParse.Type.FLAG, "iobump", false)
        .add("-l", "--jlist", OptParse.Type.STRING, "jlist", "")
        .add("-c", null, OptParse.Type.FLAG, "solve", false);
  }

  static OstepTools.Opening run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    PythonRandom random = PythonRandom.seeded(o.integer("seed"));
    // quantum[k] and allotment[k] by the tool's numbering: k = levels - 1 is the highest priority.
    List<Integer> quantum = new ArrayList<>();
    int levels;
    if (!o.string("quantumList").isEmpty()) {
      List<String> lengths = Py.split(o.string("quantumList"), ',');
      levels = lengths.size();
      for (int i = 0; i < levels; i++) {
        quantum.add(0, Bounds.small(Py.parseInt(lengths.get(i)), "-Q")); // the first is the highest
      }
    } else {
      levels = Bounds.count(o.integer("numQueues"), "-n", Limits.MAX_MLFQ_LEVELS);
      for (int i = 0; i < levels; i++) {
        quantum.add(Bounds.small(o.integer("quantum"), "-q"));
      }
    }
    List<Integer> allotment = allotments(o, levels, out);
    int ioTime = Bounds.small(o.integer("ioTime"), "-i");
    List<int[]> jobs = jobs(o, random, levels);
    out.line("Here is the list of inputs:");
    out.words("OPTIONS jobs", Integer.toString(jobs.size()));
    out.words("OPTIONS queues", o.string("quantumList").isEmpty() ? o.shown("numQueues")
        : Integer.toString(levels));
    for (int i = quantum.size() - 1; i >= 0; i--) {
      out.line("OPTIONS allotments for queue " + Py.pad(Integer.toString(i), 2) + " is "
          + Py.pad(Integer.toString(allotment.get(i)), 3));
      out.line("OPTIONS quantum length for queue " + Py.pad(Integer.toString(i), 2) + " is "
          + Py.pad(Integer.toString(quantum.get(i)), 3));
    }
    out.words("OPTIONS boost", o.shown("boost"));
    out.words("OPTIONS ioTime", o.shown("ioTime"));
    out.words("OPTIONS stayAfterIO", o.shown("stay"));
    out.words("OPTIONS iobump", o.shown("iobump"));
    out.line("\n");
    out.line("For each job, three defining characteristics are given:");
    out.line("  startTime : at what time does the job enter the system");
    out.line("  runTime   : the total CPU time needed by the job to finish");
    out.line("  ioFreq    : every ioFreq time units, the job issues an I/O");
    out.line("              (the I/O takes ioTime units to complete)\n");
    out.line("Job List:");
    for (int i = 0; i < jobs.size(); i++) {
      int[] j = jobs.get(i);
      out.line("  Job " + Py.pad(Integer.toString(i), 2) + ": startTime " + Py.pad(Integer.toString(j[0]), 3)
          + " - runTime " + Py.pad(Integer.toString(j[1]), 3) + " - ioFreq " + Py.pad(Integer.toString(j[2]), 3));
    }
    out.line("");
    if (!o.flag("solve")) {
      out.line("Compute the execution trace for the given workloads.");
      out.line("If you would like, also compute the response and turnaround");
      out.line("times for each of the jobs.");
      out.line("");
      out.line("Use the -c flag to get the exact results when you are finished.\n");
      return null;
    }
    out.line("\nExecution Trace:\n");
    if (jobs.isEmpty()) {
      out.line("");
      out.line("Final statistics:");
      throw levels > 0 ? ToolExit.crash("mlfq.py", "ZeroDivisionError", "float division by zero")
          : ToolExit.crash("mlfq.py", "NameError", "name 'i' is not defined");
    }
    List<MlfqLevel> mlfqLevels = new ArrayList<>();
    for (int k = levels - 1; k >= 0; k--) {
      mlfqLevels.add(new MlfqLevel(quantum.get(k), allotment.get(k)));
    }
    int boost = Math.max(0, Bounds.small(o.integer("boost"), "-B"));
    Scenario scenario = scenario(jobs, mlfqLevels, boost, ioTime, o);
    OstepSimulator.MlfqLog log;
    try {
      log = OstepSimulator.runMlfq(scenario, false);
    } catch (InvalidScenarioException e) {
      throw new SimulationLimitException("args", e.limit(), e.getMessage());
    }
    trace(log.steps(), jobs, levels, o.shown("boost"), out);
    out.line("");
    out.line("Final statistics:");
    long responseSum = 0;
    long turnaroundSum = 0;
    for (int i = 0; i < jobs.size(); i++) {
      TaskMetrics m = log.result().tasks().get(i);
      out.line("  Job " + Py.pad(Integer.toString(i), 2) + ": startTime " + Py.pad(Integer.toString(jobs.get(i)[0]), 3)
          + " - response " + Py.pad(Integer.toString(m.response()), 3) + " - turnaround "
          + Py.pad(Integer.toString(m.turnaround()), 3));
      responseSum += m.response();
      turnaroundSum += m.turnaround();
    }
    out.line("\n  Avg " + Py.pad(Integer.toString(jobs.size() - 1), 2) + ": startTime n/a - response "
        + Py.fixed((double) responseSum / jobs.size(), 2) + " - turnaround "
        + Py.fixed((double) turnaroundSum / jobs.size(), 2));
    out.line("\n");
    return OstepTools.Opening.ifRuns("scheduler", scenario);
  }

  /** {@code -A} (highest level first, each above the lowest at least 1) or {@code -a} for every level. */
  private static List<Integer> allotments(OptParse.Values o, int levels, Out out) {
    List<Integer> allotment = new ArrayList<>();
    for (int k = 0; k < levels; k++) {
      allotment.add(0);
    }
    if (o.string("allotmentList").isEmpty()) {
      for (int k = 0; k < levels; k++) {
        allotment.set(k, Bounds.small(o.integer("allotment"), "-a"));
      }
      return allotment;
    }
    List<String> lengths = Py.split(o.string("allotmentList"), ',');
    if (levels != lengths.size()) {
      throw ToolExit.printing("number of allotments specified must match number of quantums", 1);
    }
    for (int i = 0; i < levels; i++) {
      int qc = levels - 1 - i;
      allotment.set(qc, Bounds.small(Py.parseInt(lengths.get(i)), "-A"));
      if (qc != 0 && allotment.get(qc) <= 0) {
        throw ToolExit.printing("allotment must be positive integer", 1);
      }
    }
    return allotment;
  }

  /** The jobs {start, run, ioFreq}: from {@code -l}, or drawn as the tool draws them. */
  private static List<int[]> jobs(OptParse.Values o, PythonRandom random, int levels) {
    List<int[]> jobs = new ArrayList<>();
    String jlist = o.string("jlist");
    if (!jlist.isEmpty()) {
      for (String j : Py.split(jlist, ':')) {
        List<String> info = Py.split(j, ',');
        if (info.size() != 3) {
          throw new ToolExit(1, "", "Badly formatted job string. Should be x1,y1,z1:x2,y2,z2:...\n"
              + "where x is the startTime, y is the runTime, and z is the I/O frequency.\n");
        }
        int start = Bounds.small(Py.parseInt(info.get(0)), "-l");
        int run = Bounds.small(Py.parseInt(info.get(1)), "-l");
        int ioFreq = Bounds.small(Py.parseInt(info.get(2)), "-l");
        requireTopLevel(levels);
        jobs.add(new int[] {start, run, ioFreq});
        Bounds.count(BigInteger.valueOf(jobs.size()), "-l", Limits.MAX_OSTEP_JOBS);
      }
      return jobs;
    }
    int count = Bounds.count(o.integer("numJobs"), "-j", Limits.MAX_OSTEP_JOBS);
    double maxlen = Bounds.value(o.integer("maxlen"), "-m");
    double maxio = Bounds.value(o.integer("maxio"), "-M");
    for (int k = 0; k < count; k++) {
      int run = (int) Bounds.trunc(random.random() * (maxlen - 1) + 1);
      int ioFreq = (int) Bounds.trunc(random.random() * (maxio - 1) + 1);
      requireTopLevel(levels);
      jobs.add(new int[] {0, run, ioFreq});
    }
    return jobs;
  }

  /** A job takes the top level's quantum: with no levels the tool fails to look it up. */
  private static void requireTopLevel(int levels) {
    if (levels <= 0) {
      throw ToolExit.crash("mlfq.py", "KeyError", Integer.toString(levels - 1));
    }
  }

  private static Scenario scenario(List<int[]> jobs, List<MlfqLevel> levels, int boost, int ioTime,
      OptParse.Values o) {
    int[][] spec = new int[jobs.size()][];
    for (int i = 0; i < jobs.size(); i++) {
      int[] j = jobs.get(i);
      if (j[0] < 0) {
        throw new SimulationLimitException("args", "-l start >= 0", "job " + i + " starts at " + j[0]
            + ", a time mlfq.py never reaches: the tool prints IDLE forever");
      }
      // A run of 0 or less runs as 1 until its first tick, where the tool aborts (see trace()).
      spec[i] = new int[] {j[0], Math.max(j[1], 1), Math.max(j[2], 0)};
    }
    try {
      return OstepCommandLine.mlfqScenario(spec, levels, boost, ioTime, o.flag("stay"), o.flag("iobump"),
          Bounds.seed(o.integer("seed")));
    } catch (InvalidScenarioException e) {
      throw new SimulationLimitException("args", e.limit(), e.getMessage());
    }
  }

  private static void trace(List<MlfqStep> steps, List<int[]> jobs, int levels, String boost, Out out) {
    for (MlfqStep s : steps) {
      String at = "[ time " + s.time() + " ] ";
      switch (s.kind()) {
        case BOOST:
          out.line(at + "BOOST ( every " + boost + " )");
          break;
        case BEGINS:
          out.line(at + "JOB BEGINS by JOB " + s.job());
          break;
        case IO_DONE:
          out.line(at + "IO_DONE by JOB " + s.job());
          break;
        case IDLE:
          out.line(at + "IDLE");
          break;
        case RUN:
          int runTime = jobs.get(s.job())[1];
          int timeLeft = runTime <= 0 ? runTime - 1 : s.timeLeft();
          out.line(at + "Run JOB " + s.job() + " at PRIORITY " + (levels - 1 - s.level()) + " [ TICKS "
              + s.ticksLeft() + " ALLOT " + s.allotLeft() + " TIME " + timeLeft + " (of " + runTime + ") ]");
          if (timeLeft < 0) {
            throw new ToolExit(1, "Error: should never have less than 0 time left to run\n", "");
          }
          break;
        case FINISHED:
          out.line(at + "FINISHED JOB " + s.job());
          break;
        default:
          out.line(at + "IO_START by JOB " + s.job());
          out.line("IO DONE");
      }
    }
  }
}
