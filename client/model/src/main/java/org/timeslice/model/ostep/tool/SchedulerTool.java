package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.Limits;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.ostep.SchedulerPlan;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * OSTEP's {@code cpu-sched/scheduler.py}: FIFO, SJF or RR over jobs that all arrive at 0.
 *
 * <p>How this works: the slices come from {@link SchedulerPlan}, the engine of the {@code ostep-scheduler}
 * profile; this class prints them as the tool does, repeating its float arithmetic in the tool's order
 * (times add up in doubles, so {@code -l 0.1,0.2} shows the same {@code 0.30000000000000004} effects, and
 * {@code %3d} truncates them). Random jobs are {@code int(maxlen * random()) + 1}. Job lengths must be
 * finite here: the tool prints {@code inf}/{@code nan} jobs, then crashes or loops forever.
 */
final class SchedulerTool {
  private static final String TOOL = "cpu-sched/scheduler.py";

  private SchedulerTool() {}

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-j", "--jobs", OptParse.Type.INT, "jobs", BigInteger.valueOf(3))
        .add("-l", "--jlist", OptParse.Type.STRING, "jlist", "")
        .add("-m", "--maxlen", OptParse.Type.INT, "maxlen", BigInteger.TEN)
        .add("-p", "--policy", OptParse.Type.STRING, "policy", "FIFO")
        .add("-q", "--quantum", OptParse.Type.INT, "quantum", BigInteger.ONE)
        .add("-c", null, OptParse.Type.FLAG, "solve", false);
  }

  static OstepTools.Opening run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    PythonRandom random = PythonRandom.seeded(o.integer("seed"));
    String policy = o.string("policy");
    String jlist = o.string("jlist");
    out.words("ARG policy", policy);
    if (jlist.isEmpty()) {
      out.words("ARG jobs", o.shown("jobs"));
      out.words("ARG maxlen", o.shown("maxlen"));
      out.words("ARG seed", o.shown("seed"));
    } else {
      out.words("ARG jlist", jlist);
    }
    out.line("");
    out.line("Here is the job list, with the run time of each job: ");
    double[] lengths;
    if (jlist.isEmpty()) {
      int jobs = Bounds.count(o.integer("jobs"), "-j", Limits.MAX_OSTEP_JOBS);
      double maxlen = Bounds.value(o.integer("maxlen"), "-m");
      lengths = new double[jobs];
      for (int j = 0; j < jobs; j++) {
        lengths[j] = Bounds.trunc(maxlen * random.random()) + 1;
        out.words("  Job", Integer.toString(j), "( length = " + Py.d(lengths[j]) + " )");
      }
    } else {
      List<String> items = Py.split(jlist, ',');
      Bounds.count(BigInteger.valueOf(items.size()), "-l", Limits.MAX_OSTEP_JOBS);
      lengths = new double[items.size()];
      for (int j = 0; j < items.size(); j++) {
        lengths[j] = Bounds.finite(Py.parseFloat(items.get(j)), "-l");
      }
      for (int j = 0; j < lengths.length; j++) {
        out.words("  Job", Integer.toString(j), "( length = " + Py.repr(lengths[j]) + " )");
      }
    }
    out.line("\n");
    if (!o.flag("solve")) {
      out.line("Compute the turnaround time, response time, and wait time for each job.");
      out.line("When you are done, run this program again, with the same arguments,");
      out.line("but with -c, which will thus provide you with the answers. You can use");
      out.line("-s <somenumber> or your own job list (-l 10,15,20 for example)");
      out.line("to generate different problems for yourself.");
      out.line("");
      return null;
    }
    out.line("** Solutions **\n");
    if (policy.equals("FIFO") || policy.equals("SJF")) {
      fifo(SchedulerPlan.of(lengths, policy.equals("SJF") ? Policy.SJF : Policy.FIFO, 0), out);
    } else if (policy.equals("RR")) {
      roundRobin(SchedulerPlan.of(lengths, Policy.RR, Bounds.value(o.integer("quantum"), "-q")), lengths, out);
    } else {
      throw new ToolExit(0, "", "Error: Policy " + policy + " is not available.\n");
    }
    return opening(lengths, policy, o);
  }

  private static void fifo(List<SchedulerPlan.Slice> slices, Out out) {
    out.line("Execution trace:");
    double time = 0;
    for (SchedulerPlan.Slice s : slices) {
      out.line("  [ time " + Py.pad(Py.d(time), 3) + " ] Run job " + s.job() + " for "
          + Py.fixed(s.ran(), 2) + " secs ( DONE at " + Py.fixed(time + s.ran(), 2) + " )");
      time += s.ran();
    }
    out.line("\nFinal statistics:");
    double t = 0;
    double responseSum = 0;
    double turnaroundSum = 0;
    double waitSum = 0;
    for (SchedulerPlan.Slice s : slices) {
      double turnaround = t + s.ran();
      out.line(statistics(s.job(), t, turnaround, t));
      responseSum += t;
      turnaroundSum += turnaround;
      waitSum += t;
      t += s.ran();
    }
    averages(slices.size(), responseSum, turnaroundSum, waitSum, out);
  }

  private static void roundRobin(List<SchedulerPlan.Slice> slices, double[] lengths, Out out) {
    out.line("Execution trace:");
    int n = lengths.length;
    double[] turnaround = new double[n];
    double[] response = new double[n];
    double[] lastRan = new double[n];
    double[] wait = new double[n];
    boolean[] started = new boolean[n];
    double time = 0;
    for (SchedulerPlan.Slice s : slices) {
      int j = s.job();
      if (!started[j]) {
        started[j] = true;
        response[j] = time;
      }
      wait[j] += time - lastRan[j];
      String head = "  [ time " + Py.pad(Py.d(time), 3) + " ] Run job " + Py.pad(Integer.toString(j), 3)
          + " for " + Py.fixed(s.ran(), 2) + " secs";
      if (s.done()) {
        out.line(head + " ( DONE at " + Py.fixed(time + s.ran(), 2) + " )");
        turnaround[j] = time + s.ran();
      } else {
        out.line(head);
      }
      time += s.ran();
      lastRan[j] = time;
    }
    out.line("\nFinal statistics:");
    double turnaroundSum = 0;
    double responseSum = 0;
    double waitSum = 0;
    for (int i = 0; i < n; i++) {
      turnaroundSum += turnaround[i];
      responseSum += response[i];
      waitSum += wait[i];
      out.line(statistics(i, response[i], turnaround[i], wait[i]));
    }
    averages(n, responseSum, turnaroundSum, waitSum, out);
  }

  private static String statistics(int job, double response, double turnaround, double wait) {
    return "  Job " + Py.pad(Integer.toString(job), 3) + " -- Response: " + Py.pad(Py.fixed(response, 2), 3)
        + "  Turnaround " + Py.pad(Py.fixed(turnaround, 2), 3) + "  Wait " + Py.pad(Py.fixed(wait, 2), 3);
  }

  private static void averages(int count, double response, double turnaround, double wait, Out out) {
    if (count == 0) {
      throw ToolExit.crash("scheduler.py", "ZeroDivisionError", "float division by zero");
    }
    out.line("\n  Average -- Response: " + Py.pad(Py.fixed(response / count, 2), 3) + "  Turnaround "
        + Py.pad(Py.fixed(turnaround / count, 2), 3) + "  Wait " + Py.pad(Py.fixed(wait / count, 2), 3)
        + "\n");
  }

  /** The same run in the scheduler widget, when it fits a scenario (whole lengths, 1..256 jobs). */
  private static OstepTools.Opening opening(double[] lengths, String policy, OptParse.Values o) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int j = 0; j < lengths.length; j++) {
      if (lengths[j] != Math.floor(lengths[j]) || lengths[j] < 0 || lengths[j] > Limits.MAX_OP_TICKS) {
        return null;
      }
      tasks.add(TaskSpec.of("J" + j, 0, Op.cpu((int) lengths[j])));
    }
    BigInteger quantum = o.integer("quantum");
    int q = quantum.signum() > 0 && quantum.bitLength() < 31 ? quantum.intValue() : 0;
    if (policy.equals("RR") && q < 1) {
      return null;
    }
    Policy p = policy.equals("RR") ? Policy.RR : policy.equals("SJF") ? Policy.SJF : Policy.FIFO;
    SchedulerSpec spec = SchedulerSpec.of(p).withQuantumTicks(Math.max(q, 1));
    return OstepTools.Opening.ifRuns("scheduler", new Scenario(Limits.SCENARIO_VERSION, "scheduler.py",
        Profile.OSTEP_SCHEDULER, Machine.singleCore(), spec, tasks, Bounds.seed(o.integer("seed")), null));
  }
}
