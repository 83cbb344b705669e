package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.multicpu.MultiJob;
import org.timeslice.model.multicpu.MultiRun;
import org.timeslice.model.multicpu.MultiSpec;
import org.timeslice.model.multicpu.MultiTick;
import org.timeslice.model.ostep.PythonRandom;

/**
 * OSTEP's {@code cpu-sched-multi/multi.py}: jobs on several CPUs with caches, affinity and per-CPU queues.
 *
 * <p>How this works: the jobs and the affinity list are read (or the jobs drawn, {@code int(random() *
 * max / 10) * 10}) with the tool's messages; {@link MultiRun} runs them with the same random stream, and
 * this class prints its {@link MultiTick}s as the tool's trace columns ({@code -t}, {@code -T} time left,
 * {@code -C} cache, {@code -S} queues) and the per-CPU statistics ({@code -c}).
 */
final class MultiTool {
  private static final String TOOL = "cpu-sched-multi/multi.py";

  private MultiTool() {}

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-j", "--job_num", OptParse.Type.INT, "job_num", BigInteger.valueOf(3))
        .add("-R", "--max_run", OptParse.Type.INT, "max_run", BigInteger.valueOf(100))
        .add("-W", "--max_wset", OptParse.Type.INT, "max_wset", BigInteger.valueOf(200))
        .add("-L", "--job_list", OptParse.Type.STRING, "job_list", "")
        .add("-p", "--per_cpu_queues", OptParse.Type.FLAG, "per_cpu_queues", false)
        .add("-A", "--affinity", OptParse.Type.STRING, "affinity", "")
        .add("-n", "--num_cpus", OptParse.Type.INT, "num_cpus", BigInteger.valueOf(2))
        .add("-q", "--quantum", OptParse.Type.INT, "time_slice", BigInteger.TEN)
        .add("-P", "--peek_interval", OptParse.Type.INT, "peek_interval", BigInteger.valueOf(30))
        .add("-w", "--warmup_time", OptParse.Type.INT, "warmup_time", BigInteger.TEN)
        .add("-r", "--warm_rate", OptParse.Type.INT, "warm_rate", BigInteger.TWO)
        .add("-M", "--cache_size", OptParse.Type.INT, "cache_size", BigInteger.valueOf(100))
        .add("-o", "--rand_order", OptParse.Type.FLAG, "random_order", false)
        .add("-t", "--trace", OptParse.Type.FLAG, "trace", false)
        .add("-T", "--trace_time_left", OptParse.Type.FLAG, "trace_time_left", false)
        .add("-C", "--trace_cache", OptParse.Type.FLAG, "trace_cache", false)
        .add("-S", "--trace_sched", OptParse.Type.FLAG, "trace_sched", false)
        .add("-c", "--compute", OptParse.Type.FLAG, "solve", false);
  }

  static OstepTools.Opening run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    PythonRandom random = PythonRandom.seeded(o.integer("seed"));
    String[][] shown = {{"seed", "seed"}, {"job_num", "job_num"}, {"max_run", "max_run"},
        {"max_wset", "max_wset"}, {"job_list", "job_list"}, {"affinity", "affinity"},
        {"per_cpu_queues", "per_cpu_queues"}, {"num_cpus", "num_cpus"}, {"quantum", "time_slice"},
        {"peek_interval", "peek_interval"}, {"warmup_time", "warmup_time"}, {"cache_size", "cache_size"},
        {"random_order", "random_order"}, {"trace", "trace"}, {"trace_time", "trace_time_left"},
        {"trace_cache", "trace_cache"}, {"trace_sched", "trace_sched"}, {"compute", "solve"}};
    for (String[] arg : shown) {
      out.line("ARG " + arg[0] + " " + o.shown(arg[1]));
    }
    out.line("");
    int cpus = Bounds.small(o.integer("num_cpus"), "-n");
    List<MultiJob> jobs = jobs(o, random, cpus, out);
    boolean perCpu = o.flag("per_cpu_queues");
    if (cpus < 1 || cpus > Limits.MAX_CORES) {
      throw new SimulationLimitException("args", "-n 1.." + Limits.MAX_CORES, cpus < 1
          ? "multi.py with no CPUs never finishes a job (the tool loops forever)"
          : "multi.py runs at most " + Limits.MAX_CORES + " CPUs here, not " + cpus);
    }
    MultiSpec spec = new MultiSpec(jobs, cpus, perCpu, Bounds.small(o.integer("time_slice"), "-q"),
        Bounds.small(o.integer("peek_interval"), "-P"), o.flag("random_order"),
        Bounds.small(o.integer("cache_size"), "-M"), Bounds.small(o.integer("warm_rate"), "-r"),
        Bounds.small(o.integer("warmup_time"), "-w"));
    MultiRun.Result result;
    try {
      result = MultiRun.run(spec, random);
    } catch (InvalidScenarioException e) {
      throw new SimulationLimitException("args", e.limit(), e.getMessage());
    }
    if (perCpu) {
      for (int c = 0; c < cpus; c++) {
        out.line("Scheduler CPU " + c + " queue: " + list(result.initialQueues().get(c)));
      }
      out.line("");
    } else {
      out.line("Scheduler central queue: " + list(result.initialQueues().get(0)) + "\n");
    }
    boolean trace = o.flag("trace") || o.flag("trace_time_left") || o.flag("trace_cache")
        || o.flag("trace_sched");
    if (trace) {
      trace(result, jobs.size(), cpus, perCpu, o, out);
    }
    if (result.crash() != null) {
      if (trace && !result.crash().startsWith("ZeroDivisionError")) { // -q 0 fails before the time column
        crashTick(result.finishTime(), spec, jobs.size(), o, out);
      }
      int colon = result.crash().indexOf(':');
      throw ToolExit.crash("multi.py", result.crash().substring(0, colon), result.crash().substring(colon + 2));
    }
    if (o.flag("solve")) {
      int finish = result.finishTime();
      out.line("\nFinished time " + finish + "\n");
      out.line("Per-CPU stats");
      for (int c = 0; c < cpus; c++) {
        out.line("  CPU " + c + "  utilization " + Py.pad(Py.fixed(100.0 * result.ran()[c] / finish, 2), 3)
            + " [ warm " + Py.pad(Py.fixed(100.0 * result.ranWarm()[c] / finish, 2), 3) + " ]");
      }
      out.line("");
    }
    return null;
  }

  /** The jobs of {@code -L name:run:wset,…} or drawn; then the affinity list {@code -A name:cpu.cpu,…}. */
  private static List<MultiJob> jobs(OptParse.Values o, PythonRandom random, int cpus, Out out) {
    String list = o.string("job_list");
    if (list.isEmpty()) {
      int count = Bounds.count(o.integer("job_num"), "-j", Limits.MAX_OSTEP_JOBS);
      double maxRun = Bounds.value(o.integer("max_run"), "-R");
      double maxWset = Bounds.value(o.integer("max_wset"), "-W");
      List<String> entries = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        long run = (long) Bounds.trunc(random.random() * maxRun / 10.0) * 10;
        long wset = (long) Bounds.trunc(random.random() * maxWset / 10.0) * 10;
        entries.add(j + ":" + run + ":" + wset);
      }
      list = String.join(",", entries);
    }
    List<String> names = new ArrayList<>();
    List<int[]> sizes = new ArrayList<>();
    for (String entry : Py.split(list, ',')) {
      List<String> parts = Py.split(entry, ':');
      if (parts.size() != 3) {
        throw ToolExit.printing("bad job description [" + entry + "]: needs triple of"
            + " name:runtime:working_set_size", 1);
      }
      int run = Bounds.small(Py.parseInt(parts.get(1)), "-L");
      int wset = Bounds.small(Py.parseInt(parts.get(2)), "-L");
      out.line("Job name:" + parts.get(0) + " run_time:" + run + " working_set_size:" + wset);
      if (names.contains(parts.get(0))) {
        throw ToolExit.printing("repeated job name " + parts.get(0), 1);
      }
      names.add(parts.get(0));
      sizes.add(new int[] {run, wset});
      Bounds.count(BigInteger.valueOf(names.size()), "-L", Limits.MAX_OSTEP_JOBS);
    }
    out.line("");
    List<List<Integer>> affinity = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      affinity.add(new ArrayList<>());
    }
    String given = o.string("affinity");
    if (!given.isEmpty()) {
      for (String entry : Py.split(given, ',')) {
        List<String> parts = Py.split(entry, ':');
        if (parts.size() != 2) {
          throw ToolExit.printing("bad affinity spec " + given, 1);
        }
        int j = names.indexOf(parts.get(0));
        if (j < 0) {
          throw ToolExit.printing("job name " + parts.get(0) + " in affinity list does not exist", 1);
        }
        for (String cpu : Py.split(parts.get(1), '.')) {
          BigInteger c = Py.parseInt(cpu);
          if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(cpus)) >= 0) {
            throw ToolExit.printing("bad cpu " + c + " specified in affinity " + given, 1);
          }
          affinity.get(j).add(c.intValue());
        }
      }
    }
    List<MultiJob> jobs = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      jobs.add(new MultiJob(names.get(j), sizes.get(j)[0], sizes.get(j)[1], affinity.get(j)));
    }
    return jobs;
  }

  /** Python's {@code str(list)} of strings: {@code ['a', 'b']}. */
  private static String list(List<String> names) {
    List<String> items = new ArrayList<>();
    for (String name : names) {
      items.add(Py.repr(name));
    }
    return "[" + String.join(", ", items) + "]";
  }

  private static void trace(MultiRun.Result result, int jobCount, int cpus, boolean perCpu, OptParse.Values o,
      Out out) {
    boolean timeLeft = o.flag("trace_time_left");
    for (MultiTick tick : result.ticks()) {
      StringBuilder line = new StringBuilder();
      if (tick.interrupt()) {
        line.append(dashes(cpus, jobCount, o)).append('\n');
      }
      line.append(' ').append(Py.pad(Integer.toString(tick.time()), 3)).append("   ");
      for (MultiTick.Cpu cpu : tick.cpus()) {
        if (cpu.job() != null) {
          line.append(cpu.job()).append(' ');
          if (timeLeft) {
            line.append('[').append(Py.pad(Integer.toString(cpu.timeLeft()), 3)).append("] ");
          }
        } else {
          line.append("- ");
          if (timeLeft) {
            line.append("[   ] ");
          }
        }
        if (o.flag("trace_cache")) {
          line.append("cache[").append(cpu.cache()).append(']');
        }
        line.append("     ");
      }
      if (o.flag("trace_sched")) {
        if (perCpu) {
          for (int c = 0; c < cpus; c++) {
            line.append('Q').append(c).append(": ");
            for (String name : tick.queues().get(c)) {
              line.append(name).append(' ');
            }
            line.append("  ");
          }
        } else {
          line.append("Q: ");
          for (String name : tick.queues().get(0)) {
            line.append(name).append(' ');
          }
        }
        line.append("    ");
      }
      out.line(line.toString());
    }
  }

  /** The tick where the tool stops: its interrupt line and time column are printed before the exception. */
  private static void crashTick(int time, MultiSpec spec, int jobCount, OptParse.Values o, Out out) {
    if (time > 0 && time % spec.timeSlice() == 0) {
      out.line(dashes(spec.cpus(), jobCount, o));
    }
    out.print(" " + Py.pad(Integer.toString(time), 3) + "   ");
  }

  /** The interrupt line: as wide as the tool reckons a row (time, each CPU, the cache columns). */
  private static String dashes(int cpus, int jobCount, OptParse.Values o) {
    int width = 8 + 7 * cpus - 5;
    if (o.flag("trace_time_left")) {
      width += 6 * cpus;
    }
    if (o.flag("trace_cache")) {
      width += 8 * cpus + jobCount * cpus;
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < width; k++) {
      b.append('-');
    }
    return b.toString();
  }
}
