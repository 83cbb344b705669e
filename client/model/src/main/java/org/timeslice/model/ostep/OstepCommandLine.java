package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * Imports an OSTEP homework command line ({@code ./process-run.py -l 5:100,5:100 -S SWITCH_ON_END},
 * {@code python3 scheduler.py -p RR -q 2 -l 5,3}, {@code mlfq.py -n 2 -l 0,10,3:5,8,0 -S}) as a
 * {@link Scenario} under the matching OSTEP profile. Random workloads ({@code -s} with {@code -l X:Y} or
 * {@code -j}) are drawn with {@link PythonRandom}, in the tool's order, so the scenario is the very
 * workload the tool would run. Display-only flags ({@code -c}, {@code -p} of process-run) are accepted and
 * ignored. Task names: process-run's pid i is {@code "P<i>"}, scheduler/mlfq job i is {@code "J<i>"}.
 * Every error is an {@link InvalidScenarioException} whose field is the flag ({@code "-l"}).
 */
public final class OstepCommandLine {
  private static final List<CommandLineOptions.Spec> PROCESS_RUN = List.of(
      spec("s", "seed", true), spec("l", "processlist", true), spec("L", "iolength", true),
      spec("P", "program", true), spec("S", "switch", true), spec("I", "iodone", true),
      spec("c", "compute", false), spec("p", "printstats", false));
  private static final List<CommandLineOptions.Spec> SCHEDULER = List.of(
      spec("s", "seed", true), spec("j", "jobs", true), spec("l", "jlist", true),
      spec("m", "maxlen", true), spec("p", "policy", true), spec("q", "quantum", true),
      spec("c", "compute", false));
  private static final List<CommandLineOptions.Spec> MLFQ = List.of(
      spec("s", "seed", true), spec("n", "numQueues", true), spec("q", "quantum", true),
      spec("a", "allotment", true), spec("Q", "quantumList", true), spec("A", "allotmentList", true),
      spec("j", "numJobs", true), spec("m", "maxlen", true), spec("M", "maxio", true),
      spec("B", "boost", true), spec("i", "iotime", true), spec("S", "stay", false),
      spec("I", "iobump", false), spec("l", "jlist", true), spec("c", "compute", false));

  private OstepCommandLine() {}

  private static CommandLineOptions.Spec spec(String shortName, String longName, boolean value) {
    return new CommandLineOptions.Spec(shortName, longName, value);
  }

  /** The scenario the command line describes; throws {@link InvalidScenarioException} naming the flag. */
  public static Scenario parse(String commandLine) {
    List<String> words = words(commandLine == null ? "" : commandLine);
    for (int k = 0; k < words.size(); k++) {
      String tool = toolName(words.get(k));
      if (tool == null) {
        continue;
      }
      List<String> args = words.subList(k + 1, words.size());
      switch (tool) {
        case "process-run":
          return processRun(CommandLineOptions.parse(args, PROCESS_RUN, "process-run.py"));
        case "scheduler":
          return OstepJobLists.scheduler(CommandLineOptions.parse(args, SCHEDULER, "scheduler.py"));
        default:
          return OstepJobLists.mlfq(CommandLineOptions.parse(args, MLFQ, "mlfq.py"));
      }
    }
    throw new InvalidScenarioException("command", "process-run.py | scheduler.py | mlfq.py",
        "not an OSTEP command line: expected process-run.py, scheduler.py or mlfq.py");
  }

  private static String toolName(String word) {
    String base = word.substring(word.lastIndexOf('/') + 1);
    if (base.endsWith(".py")) {
      base = base.substring(0, base.length() - 3);
    }
    return base.equals("process-run") || base.equals("scheduler") || base.equals("mlfq") ? base : null;
  }

  /** Splits on blanks; single or double quotes group a word, as a shell would. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  // ---- process-run.py ----------------------------------------------------------------------------

  private static Scenario processRun(CommandLineOptions o) {
    int ioLength = o.integer("L", 5);
    if (ioLength < 0 || ioLength > Limits.MAX_OP_TICKS) {
      throw new InvalidScenarioException("-L", "0.." + Limits.MAX_OP_TICKS, "-L must be >= 0");
    }
    SwitchBehavior sw = switchBehavior(o.string("S", "SWITCH_ON_IO"));
    IoDoneBehavior io = ioDoneBehavior(o.string("I", "IO_RUN_LATER"));
    long seed = o.longValue("s", 0);
    List<List<Boolean>> processes = o.has("P") ? explicitPrograms(o.string("P", ""))
        : randomPrograms(o.string("l", ""), seed);
    return processRunScenario(processes, ioLength, sw, io, seed);
  }

  /**
   * The {@code ostep-process-run} scenario of process-run.py's processes: process i is task {@code "P<i>"},
   * its instructions ({@code true} = cpu, {@code false} = an I/O of {@code ioLength}) as ops.
   *
   * @throws InvalidScenarioException if a process has more than {@link Limits#MAX_OPS_PER_TASK} ops
   */
  public static Scenario processRunScenario(List<List<Boolean>> processes, int ioLength, SwitchBehavior sw,
      IoDoneBehavior io, long seed) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int p = 0; p < processes.size(); p++) {
      tasks.add(new TaskSpec("P" + p, 0, TaskSpec.DEFAULT_PRIORITY, TaskSpec.DEFAULT_TICKETS,
          ops(processes.get(p), ioLength, p)));
    }
    return new Scenario(Limits.SCENARIO_VERSION, "process-run.py", Profile.OSTEP_PROCESS_RUN,
        Machine.singleCore(), SchedulerSpec.of(Policy.FIFO), tasks, seed, new OstepOptions(sw, io));
  }

  /**
   * The {@code ostep-mlfq} scenario of mlfq.py's jobs ({@code {start, run, ioFreq}} each, job i is task
   * {@code "J<i>"}) on {@code levels} (highest first).
   *
   * @throws InvalidScenarioException if a job is out of range (start &lt; 0, run &lt; 1, ioFreq &lt; 0) or
   *     would issue more I/Os than a program holds
   */
  public static Scenario mlfqScenario(int[][] jobs, List<MlfqLevel> levels, int boostTicks, int ioTime,
      boolean stay, boolean bump, long seed) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int[] job : jobs) {
      tasks.add(OstepJobLists.job(tasks.size(), job[0], job[1], job[2], ioTime));
    }
    return new Scenario(Limits.SCENARIO_VERSION, "mlfq.py", Profile.OSTEP_MLFQ, Machine.singleCore(),
        new SchedulerSpec(Policy.MLFQ, SchedulerSpec.DEFAULT_QUANTUM_TICKS, false, 0, levels, boostTicks,
            stay, bump, RequeueOrder.NEW_ARRIVAL_FIRST), tasks, seed, null);
  }

  private static SwitchBehavior switchBehavior(String value) {
    for (SwitchBehavior b : SwitchBehavior.values()) {
      if (b.name().equals(value)) {
        return b;
      }
    }
    throw new InvalidScenarioException("-S", "SWITCH_ON_IO | SWITCH_ON_END",
        "-S must be SWITCH_ON_IO or SWITCH_ON_END, got '" + value + "'");
  }

  private static IoDoneBehavior ioDoneBehavior(String value) {
    for (IoDoneBehavior b : IoDoneBehavior.values()) {
      if (b.name().equals(value)) {
        return b;
      }
    }
    throw new InvalidScenarioException("-I", "IO_RUN_LATER | IO_RUN_IMMEDIATE",
        "-I must be IO_RUN_LATER or IO_RUN_IMMEDIATE, got '" + value + "'");
  }

  /** {@code -P c3,i,c2:c4}: a list per process of instructions, true = cpu, false = io. */
  private static List<List<Boolean>> explicitPrograms(String text) {
    List<List<Boolean>> processes = new ArrayList<>();
    for (String process : CommandLineOptions.split(text, ':')) {
      List<Boolean> instructions = new ArrayList<>();
      for (String item : CommandLineOptions.split(process, ',')) {
        if (item.equals("i")) {
          instructions.add(false);
        } else if (item.startsWith("c")) {
          int count = CommandLineOptions.parseInt(item.substring(1), "-P");
          if (count < 0 || count > Limits.MAX_TICKS) {
            throw new InvalidScenarioException("-P", "cN with N >= 0", "-P: bad item '" + item + "'");
          }
          for (int k = 0; k < count; k++) {
            instructions.add(true);
          }
        } else {
          throw new InvalidScenarioException("-P", "cN or i",
              "-P items are cN (N cpu instructions) or i (an I/O), got '" + item + "'");
        }
      }
      processes.add(instructions);
    }
    checkProcessCount(processes.size(), "-P");
    return processes;
  }

  /** {@code -l X:Y,...}: X instructions each, one draw per instruction, cpu if the draw is < Y/100. */
  private static List<List<Boolean>> randomPrograms(String text, long seed) {
    PythonRandom random = new PythonRandom(seed);
    List<List<Boolean>> processes = new ArrayList<>();
    if (text.isEmpty()) {
      return processes;
    }
    for (String item : CommandLineOptions.split(text, ',')) {
      List<String> parts = CommandLineOptions.split(item, ':');
      if (parts.size() != 2) {
        throw new InvalidScenarioException("-l", "X:Y", "-l items are X:Y, got '" + item + "'");
      }
      int count = CommandLineOptions.parseInt(parts.get(0), "-l");
      if (count < 0 || count > Limits.MAX_OPS_PER_TASK) {
        throw new InvalidScenarioException("-l", "X in 0.." + Limits.MAX_OPS_PER_TASK,
            "-l: X must be in 0.." + Limits.MAX_OPS_PER_TASK + ", got " + count);
      }
      double cpuChance = percent(parts.get(1)) / 100.0;
      List<Boolean> instructions = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        instructions.add(random.random() < cpuChance);
      }
      processes.add(instructions);
    }
    checkProcessCount(processes.size(), "-l");
    return processes;
  }

  private static double percent(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidScenarioException("-l", "X:Y with Y a number",
          "-l: Y must be a number (percent of cpu instructions), got '" + text + "'");
    }
  }

  private static void checkProcessCount(int count, String flag) {
    if (count > Limits.MAX_TASKS) {
      throw new InvalidScenarioException(flag, "at most " + Limits.MAX_TASKS + " processes",
          flag + " lists " + count + " processes (at most " + Limits.MAX_TASKS + ")");
    }
  }

  /** Consecutive cpu instructions become one {@code {"cpu": n}}; each I/O becomes {@code {"io": L}}. */
  private static List<Op> ops(List<Boolean> instructions, int ioLength, int pid) {
    List<Op> ops = new ArrayList<>();
    int cpuRun = 0;
    for (boolean cpu : instructions) {
      if (cpu) {
        cpuRun++;
      } else {
        if (cpuRun > 0) {
          ops.add(Op.cpu(cpuRun));
          cpuRun = 0;
        }
        ops.add(Op.io(ioLength));
      }
    }
    if (cpuRun > 0) {
      ops.add(Op.cpu(cpuRun));
    }
    if (ops.size() > Limits.MAX_OPS_PER_TASK) {
      throw new InvalidScenarioException("-l", "at most " + Limits.MAX_OPS_PER_TASK + " ops",
          "process " + pid + " has more than " + Limits.MAX_OPS_PER_TASK + " ops");
    }
    return ops;
  }
}
