package org.timeslice.model.ostep.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.Simulator;

/**
 * OSTEP's homework simulators, byte for byte: {@code run("cpu-sched/scheduler.py", ["-p", "RR", "-c"],
 * files)} returns exactly what {@code ./scheduler.py -p RR -c} prints at ostep-homework commit
 * {@code 6c6cfc7}, with its exit status (docs/ostep-profiles.md, "The ostep command").
 *
 * <p>Each tool is a port of the tool's own text on the model's engine for its mechanism: the OSTEP
 * profiles for process-run, scheduler and mlfq, the lottery profile, {@code process.ProcessTree} for
 * fork.py, the multi-CPU model for multi.py and the x86 machine for both x86.py versions. Python's
 * {@code random}, {@code optparse}, {@code %}-formatting and float printing are reproduced exactly.
 * Where a tool would run without end or print without bound, the port stops with a
 * {@link org.timeslice.model.core.SimulationLimitException} naming the limit.
 */
public final class OstepTools {
  /** The tools, by their path in ostep-homework. */
  public static final List<String> TOOLS = List.of(
      "cpu-intro/process-run.py", "cpu-sched/scheduler.py", "cpu-sched-mlfq/mlfq.py",
      "cpu-sched-lottery/lottery.py", "cpu-sched-multi/multi.py", "cpu-api/fork.py",
      "threads-intro/x86.py", "threads-locks/x86.py");

  private OstepTools() {}

  /**
   * The tool a name stands for: its path ({@code cpu-sched/scheduler.py}), any path ending in it
   * ({@code ./ostep-homework/cpu-sched/scheduler.py}), or where unambiguous the bare name
   * ({@code scheduler.py}, {@code scheduler}, {@code ./scheduler.py}).
   *
   * @throws InvalidScenarioException (field {@code tool}) for an unknown or ambiguous name
   */
  public static String resolve(String name) {
    String n = name == null ? "" : name.trim();
    for (String tool : TOOLS) {
      if (n.equals(tool) || n.endsWith("/" + tool)) {
        return tool;
      }
    }
    String base = n.substring(n.lastIndexOf('/') + 1);
    if (!base.endsWith(".py")) {
      base = base + ".py";
    }
    List<String> matches = new ArrayList<>();
    for (String tool : TOOLS) {
      if (tool.endsWith("/" + base)) {
        matches.add(tool);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.size() > 1) {
      throw new InvalidScenarioException("tool", String.join(" | ", matches), "\"" + name
          + "\" is ambiguous: say " + String.join(" or ", matches) + " (two versions of the tool)");
    }
    throw new InvalidScenarioException("tool", String.join(" | ", TOOLS), "unknown OSTEP tool \"" + name
        + "\"; the tools are " + String.join(", ", TOOLS));
  }

  /**
   * Runs one command line.
   *
   * @param tool a name {@link #resolve} accepts
   * @param args the arguments after the tool's name, one word each (as a shell splits them)
   * @param files files the tool may open by name (x86.py's {@code -p}), name → content; may be null
   * @throws InvalidScenarioException for an unknown tool
   * @throws org.timeslice.model.core.SimulationLimitException if the run would exceed a limit
   */
  public static ToolRun run(String tool, List<String> args, Map<String, String> files) {
    Map<String, String> given = files == null ? Collections.emptyMap() : new TreeMap<>(files);
    if (given.size() > Limits.MAX_OSTEP_FILES) {
      throw new InvalidScenarioException("files", "at most " + Limits.MAX_OSTEP_FILES + " files",
          "at most " + Limits.MAX_OSTEP_FILES + " files may be given, not " + given.size());
    }
    return runReading(tool, args, given::get);
  }

  /**
   * Runs one command line whose tool opens files through {@code files}: name → content, or null where the
   * tool would find no such file (the command line reads them from the current directory).
   *
   * @throws InvalidScenarioException for an unknown tool, or too many or too long arguments
   * @throws org.timeslice.model.core.SimulationLimitException if the run would exceed a limit
   */
  public static ToolRun runReading(String tool, List<String> args, Function<String, String> files) {
    String resolved = resolve(tool);
    List<String> words = args == null ? List.of() : args;
    checkArgs(words);
    Out out = new Out();
    try {
      Opening opening = dispatch(resolved, words, new ToolFiles(files), out);
      return new ToolRun(out.toString(), "", 0, opening == null ? null : opening.widget(),
          opening == null ? null : opening.scenario());
    } catch (ToolExit e) {
      out.print(e.stdout());
      return new ToolRun(out.toString(), e.stderr(), e.status(), null, null);
    } catch (Py.Raised e) {
      return new ToolRun(out.toString(), ToolExit.crash(name(resolved), e.type(), e.getMessage())
          .stderr(), 1, null, null);
    }
  }

  private static void checkArgs(List<String> args) {
    if (args.size() > Limits.MAX_OSTEP_ARGS) {
      throw new InvalidScenarioException("args", "at most " + Limits.MAX_OSTEP_ARGS + " arguments",
          "a command line may have at most " + Limits.MAX_OSTEP_ARGS + " arguments, not " + args.size());
    }
    for (int k = 0; k < args.size(); k++) {
      if (args.get(k) == null || args.get(k).length() > Limits.MAX_OSTEP_ARG_CHARS) {
        throw new InvalidScenarioException("args[" + k + "]", "a string of at most "
            + Limits.MAX_OSTEP_ARG_CHARS + " characters", "args[" + k + "] must be a string of at most "
            + Limits.MAX_OSTEP_ARG_CHARS + " characters");
      }
    }
  }

  /** What a finished run opens in the playground. */
  record Opening(String widget, Scenario scenario) {
    /**
     * The opening, or null if the scenario is not one the playground can load: invalid (more than
     * {@link Limits#MAX_TASKS} tasks, a name or length out of range) or its run exceeds a limit.
     */
    static Opening ifRuns(String widget, Scenario scenario) {
      try {
        Simulator.run(scenario, false);
        return new Opening(widget, scenario);
      } catch (InvalidScenarioException | SimulationLimitException e) {
        return null;
      }
    }
  }

  private static Opening dispatch(String tool, List<String> args, ToolFiles files, Out out) {
    switch (tool) {
      case "cpu-api/fork.py":
        ForkTool.run(args, out);
        return null;
      case "cpu-sched/scheduler.py":
        return SchedulerTool.run(args, out);
      case "cpu-intro/process-run.py":
        return ProcessRunTool.run(args, out);
      case "cpu-sched-mlfq/mlfq.py":
        return MlfqTool.run(args, out);
      case "cpu-sched-lottery/lottery.py":
        return LotteryTool.run(args, out);
      case "cpu-sched-multi/multi.py":
        return MultiTool.run(args, out);
      case "threads-intro/x86.py":
        X86Tool.run(org.timeslice.model.x86.X86Version.THREADS_INTRO, args, files, out);
        return null;
      case "threads-locks/x86.py":
        X86Tool.run(org.timeslice.model.x86.X86Version.THREADS_LOCKS, args, files, out);
        return null;
      default:
        throw new InvalidScenarioException("tool", tool, tool + " is not available yet");
    }
  }

  private static String name(String tool) {
    return tool.substring(tool.indexOf('/') + 1);
  }
}
