package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/** The scheduler.py and mlfq.py halves of {@link OstepCommandLine}: job lists, random jobs, levels. */
final class OstepJobLists {
  private OstepJobLists() {}

  /** scheduler.py: {@code -p FIFO|SJF|RR -q N} and {@code -l 5,3,8} or {@code -j N -m M -s S}. */
  static Scenario scheduler(CommandLineOptions o) {
    String policyName = o.string("p", "FIFO");
    Policy policy;
    if (policyName.equals("FIFO")) {
      policy = Policy.FIFO;
    } else if (policyName.equals("SJF")) {
      policy = Policy.SJF;
    } else if (policyName.equals("RR")) {
      policy = Policy.RR;
    } else {
      throw new InvalidScenarioException("-p", "FIFO | SJF | RR",
          "-p must be FIFO, SJF or RR (case-sensitive), got '" + policyName + "'");
    }
    int quantum = o.integer("q", 1);
    if (quantum < 1) {
      throw new InvalidScenarioException("-q", ">= 1", "-q must be >= 1, got " + quantum);
    }
    long seed = o.longValue("s", 0);
    List<Integer> lengths = new ArrayList<>();
    String list = o.string("l", "");
    if (!list.isEmpty()) {
      for (String item : CommandLineOptions.split(list, ',')) {
        lengths.add(wholeLength(item));
      }
    } else {
      int jobs = countOf(o.integer("j", 3), "-j");
      int maxlen = o.integer("m", 10);
      PythonRandom random = new PythonRandom(seed);
      for (int k = 0; k < jobs; k++) {
        lengths.add((int) (maxlen * random.random()) + 1);
      }
    }
    countOf(lengths.size(), "-l");
    List<TaskSpec> tasks = new ArrayList<>();
    for (int k = 0; k < lengths.size(); k++) {
      tasks.add(TaskSpec.of("J" + k, 0, Op.cpu(lengths.get(k))));
    }
    return new Scenario(Limits.SCENARIO_VERSION, "scheduler.py", Profile.OSTEP_SCHEDULER,
        Machine.singleCore(), SchedulerSpec.of(policy).withQuantumTicks(quantum), tasks, seed, null);
  }

  /** scheduler.py parses lengths as floats; we take those that are whole numbers. */
  private static int wholeLength(String item) {
    double value;
    try {
      value = Double.parseDouble(item.trim());
    } catch (NumberFormatException e) {
      throw new InvalidScenarioException("-l", "job lengths", "-l: not a number: '" + item + "'");
    }
    if (value < 0 || value > Limits.MAX_OP_TICKS || value != Math.floor(value)) {
      throw new InvalidScenarioException("-l", "whole numbers 0.." + Limits.MAX_OP_TICKS,
          "-l: job lengths must be whole ticks in 0.." + Limits.MAX_OP_TICKS + ", got '" + item + "'");
    }
    return (int) value;
  }

  private static int countOf(int count, String flag) {
    if (count < 0 || count > Limits.MAX_TASKS) {
      throw new InvalidScenarioException(flag, "0.." + Limits.MAX_TASKS,
          flag + ": the number of jobs must be in 0.." + Limits.MAX_TASKS + ", got " + count);
    }
    return count;
  }

  /** mlfq.py: levels from -n/-q/-Q/-a/-A, jobs from -l start,run,ioFreq:... or -j/-m/-M/-s. */
  static Scenario mlfq(CommandLineOptions o) {
    List<MlfqLevel> levels = levels(o);
    int ioTime = o.integer("i", 5);
    if (ioTime < 0) {
      throw new InvalidScenarioException("-i", ">= 0", "-i must be >= 0, got " + ioTime);
    }
    int boost = o.integer("B", 0);
    if (boost < 0) {
      throw new InvalidScenarioException("-B", ">= 0", "-B must be >= 0, got " + boost);
    }
    long seed = o.longValue("s", 0);
    List<int[]> jobs = new ArrayList<>();
    String list = o.string("l", "");
    if (!list.isEmpty()) {
      for (String item : CommandLineOptions.split(list, ':')) {
        List<String> f = CommandLineOptions.split(item, ',');
        if (f.size() != 3) {
          throw new InvalidScenarioException("-l", "start,run,ioFreq",
              "-l items are start,run,ioFreq, got '" + item + "'");
        }
        jobs.add(new int[] {CommandLineOptions.parseInt(f.get(0).trim(), "-l"),
            CommandLineOptions.parseInt(f.get(1).trim(), "-l"),
            CommandLineOptions.parseInt(f.get(2).trim(), "-l")});
        countOf(jobs.size(), "-l");
      }
    } else {
      int count = countOf(o.integer("j", 3), "-j");
      int maxlen = o.integer("m", 100);
      int maxio = o.integer("M", 10);
      PythonRandom random = new PythonRandom(seed);
      for (int k = 0; k < count; k++) {
        int run = (int) (random.random() * (maxlen - 1) + 1);
        int ioFreq = (int) (random.random() * (maxio - 1) + 1);
        jobs.add(new int[] {0, run, ioFreq});
      }
    }
    return OstepCommandLine.mlfqScenario(jobs.toArray(new int[0][]), levels, boost, ioTime, o.has("S"),
        o.has("I"), seed);
  }

  private static List<MlfqLevel> levels(CommandLineOptions o) {
    List<Integer> quanta = new ArrayList<>();
    if (o.has("Q")) {
      for (String q : CommandLineOptions.split(o.string("Q", ""), ',')) {
        quanta.add(CommandLineOptions.parseInt(q.trim(), "-Q"));
      }
    } else {
      int n = o.integer("n", 3);
      if (n < 1 || n > Limits.MAX_MLFQ_LEVELS) {
        throw new InvalidScenarioException("-n", "1.." + Limits.MAX_MLFQ_LEVELS,
            "-n must be in 1.." + Limits.MAX_MLFQ_LEVELS + ", got " + n);
      }
      for (int k = 0; k < n; k++) {
        quanta.add(o.integer("q", 10));
      }
    }
    List<Integer> allots = new ArrayList<>();
    if (o.has("A")) {
      for (String a : CommandLineOptions.split(o.string("A", ""), ',')) {
        allots.add(CommandLineOptions.parseInt(a.trim(), "-A"));
      }
      if (allots.size() != quanta.size()) {
        throw new InvalidScenarioException("-A", quanta.size() + " values",
            "-A must give one allotment per level (" + quanta.size() + "), got " + allots.size());
      }
    } else {
      for (int k = 0; k < quanta.size(); k++) {
        allots.add(o.integer("a", 1));
      }
    }
    List<MlfqLevel> levels = new ArrayList<>();
    for (int k = 0; k < quanta.size(); k++) {
      String flag = o.has("Q") ? "-Q" : "-q";
      if (quanta.get(k) < 1 || quanta.size() > Limits.MAX_MLFQ_LEVELS) {
        throw new InvalidScenarioException(flag, "1.." + Limits.MAX_MLFQ_LEVELS + " quanta >= 1",
            flag + ": quanta must be >= 1 (at most " + Limits.MAX_MLFQ_LEVELS + " levels)");
      }
      if (allots.get(k) < 1) {
        throw new InvalidScenarioException(o.has("A") ? "-A" : "-a", ">= 1",
            "allotments must be >= 1, got " + allots.get(k));
      }
      levels.add(new MlfqLevel(quanta.get(k), allots.get(k)));
    }
    return levels;
  }

  /**
   * A job's ioFreq/ioTime written out as a program: {@code cpu f, io T} while more than f ticks remain,
   * then {@code cpu rest}; so a run that is a multiple of f ends with cpu and issues no final I/O.
   */
  static TaskSpec job(int index, int start, int run, int ioFreq, int ioTime) {
    if (start < 0 || start > Limits.MAX_ARRIVAL_TICK || run < 1 || run > Limits.MAX_OP_TICKS
        || ioFreq < 0) {
      throw new InvalidScenarioException("-l", "start >= 0, run >= 1, ioFreq >= 0",
          "job " + index + ": need start >= 0, run >= 1 and ioFreq >= 0");
    }
    List<Op> program = new ArrayList<>();
    int rest = run;
    if (ioFreq > 0) {
      if ((long) run / ioFreq * 2 > Limits.MAX_OPS_PER_TASK) {
        throw new InvalidScenarioException("-l", "at most " + Limits.MAX_OPS_PER_TASK + " ops",
            "job " + index + " would issue too many I/Os (run / ioFreq too large)");
      }
      while (rest > ioFreq) {
        program.add(Op.cpu(ioFreq));
        program.add(Op.io(ioTime));
        rest -= ioFreq;
      }
    }
    program.add(Op.cpu(rest));
    return new TaskSpec("J" + index, start, TaskSpec.DEFAULT_PRIORITY, TaskSpec.DEFAULT_TICKETS,
        program);
  }
}
