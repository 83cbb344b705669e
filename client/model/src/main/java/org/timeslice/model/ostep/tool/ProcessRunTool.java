package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.ostep.OstepCommandLine;
import org.timeslice.model.ostep.OstepSimulator;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.trace.TraceEvent;

/**
 * OSTEP's {@code cpu-intro/process-run.py}: processes of {@code cpu} and {@code io} instructions on one
 * CPU, and the states they pass through.
 *
 * <p>How this works: the processes are loaded as the tool loads them ({@code -l X:Y} draws one
 * {@code random()} per instruction, {@code -P c3,i} spells them out) and run by the {@code ostep-process-run}
 * profile; the trace is the whole story. Tool row t is the profile's tick t − 1, so each row is read off
 * the timeline at that tick: a process that executed shows {@code RUN:} and its next instruction, the
 * others their state ({@code READY}, {@code BLOCKED} for waiting, {@code DONE}, and {@code RUNNING} for the
 * degenerate process without instructions); {@code *} marks a tick with an I/O completion; the IOs column
 * counts the blocked processes.
 */
final class ProcessRunTool {
  private static final String TOOL = "cpu-intro/process-run.py";
  private static final String CPU = "cpu";
  private static final String IO = "io";
  private static final String IO_DONE = "io_done";

  private ProcessRunTool() {}

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-P", "--program", OptParse.Type.STRING, "program", "")
        .add("-l", "--processlist", OptParse.Type.STRING, "process_list", "")
        .add("-L", "--iolength", OptParse.Type.INT, "io_length", BigInteger.valueOf(5))
        .add("-S", "--switch", OptParse.Type.STRING, "process_switch_behavior", "SWITCH_ON_IO")
        .add("-I", "--iodone", OptParse.Type.STRING, "io_done_behavior", "IO_RUN_LATER")
        .add("-c", null, OptParse.Type.FLAG, "solve", false)
        .add("-p", "--printstats", OptParse.Type.FLAG, "print_stats", false);
  }

  static OstepTools.Opening run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    PythonRandom random = PythonRandom.seeded(o.integer("seed"));
    String switchName = o.string("process_switch_behavior");
    String ioDoneName = o.string("io_done_behavior");
    if (!switchName.equals("SWITCH_ON_IO") && !switchName.equals("SWITCH_ON_END")) {
      throw ToolExit.crash("process-run.py", "AssertionError", "-S must be SWITCH_ON_IO or SWITCH_ON_END");
    }
    if (!ioDoneName.equals("IO_RUN_LATER") && !ioDoneName.equals("IO_RUN_IMMEDIATE")) {
      throw ToolExit.crash("process-run.py", "AssertionError",
          "-I must be IO_RUN_LATER or IO_RUN_IMMEDIATE");
    }
    List<List<String>> processes = new ArrayList<>();
    String program = o.string("program");
    if (!program.isEmpty()) {
      for (String p : Py.split(program, ':')) {
        processes.add(loadProgram(p, out));
      }
    } else {
      for (String p : Py.split(o.string("process_list"), ',')) {
        processes.add(load(p, random));
      }
    }
    BigInteger ioLength = o.integer("io_length");
    if (ioLength.signum() < 0) {
      throw ToolExit.crash("process-run.py", "AssertionError", "-L must be >= 0");
    }
    SwitchBehavior sw = SwitchBehavior.valueOf(switchName);
    IoDoneBehavior io = IoDoneBehavior.valueOf(ioDoneName);
    if (!o.flag("solve")) {
      question(processes, sw, io, out);
      return null;
    }
    int length = Bounds.count(ioLength, "-L", Limits.MAX_OP_TICKS);
    Scenario scenario;
    SimulationResult result;
    try {
      scenario = OstepCommandLine.processRunScenario(cpuFlags(processes), length, sw, io,
          Bounds.seed(o.integer("seed")));
      // The rows are read off the timeline, (processes × ticks) cells: refuse an output larger than the cap
      // from the run's length before building them (200 processes for 400,000 ticks took 2 GB and 80 s).
      checkRowsFit(processes.size(), OstepSimulator.run(scenario, false).makespan());
      result = OstepSimulator.run(scenario, true);
    } catch (InvalidScenarioException e) { // more ops per process than a scenario holds
      throw new SimulationLimitException("args", e.limit(), e.getMessage());
    }
    rows(processes, result, out);
    if (o.flag("print_stats")) {
      long total = result.makespan();
      out.line("");
      out.line("Stats: Total Time " + total);
      out.line("Stats: CPU Busy " + result.cpuBusyTicks() + " (" + Py.fixed(100.0 * result.cpuBusyTicks() / total, 2)
          + "%)");
      out.line("Stats: IO Busy  " + result.ioBusyTicks() + " (" + Py.fixed(100.0 * result.ioBusyTicks() / total, 2)
          + "%)");
      out.line("");
    }
    return OstepTools.Opening.ifRuns("lifecycle", scenario);
  }

  /** {@code -P}: {@code cN} is N cpu instructions, {@code i} an io and its io_done. */
  private static List<String> loadProgram(String program, Out out) {
    List<String> code = new ArrayList<>();
    for (String line : Py.split(program, ',')) {
      if (line.isEmpty()) {
        throw ToolExit.crash("process-run.py", "IndexError", "string index out of range");
      }
      char opcode = line.charAt(0);
      if (opcode == 'c') {
        int n = Bounds.count(Py.parseInt(line.substring(1)), "-P", Limits.MAX_TICKS);
        addInstructions(code, CPU, n);
      } else if (opcode == 'i') {
        addInstructions(code, IO, 1);
        code.add(IO_DONE);
      } else {
        throw ToolExit.printing("bad opcode " + opcode + " (should be c or i)", 1);
      }
    }
    return code;
  }

  /** {@code -l X:Y}: X instructions, each cpu if its {@code random()} draw is below Y/100. */
  private static List<String> load(String description, PythonRandom random) {
    List<String> parts = Py.split(description, ':');
    if (parts.size() != 2) {
      throw new ToolExit(1, "", "Bad description (" + description + "): Must be number <x:y>\n"
          + "  where X is the number of instructions\n"
          + "  and Y is the percent change that an instruction is CPU not IO\n");
    }
    int count = Bounds.count(Py.parseInt(parts.get(0)), "-l", Limits.MAX_TICKS);
    double chanceCpu = Py.parseFloat(parts.get(1)) / 100.0;
    List<String> code = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (random.random() < chanceCpu) {
        addInstructions(code, CPU, 1);
      } else {
        addInstructions(code, IO, 1);
        code.add(IO_DONE);
      }
    }
    return code;
  }

  private static void addInstructions(List<String> code, String instruction, int n) {
    if ((long) code.size() + n > Limits.MAX_TICKS) {
      throw new SimulationLimitException("args", "at most " + Limits.MAX_TICKS + " instructions",
          "a process would have more than " + Limits.MAX_TICKS + " instructions (Limits.MAX_TICKS)");
    }
    for (int k = 0; k < n; k++) {
      code.add(instruction);
    }
  }

  private static void question(List<List<String>> processes, SwitchBehavior sw, IoDoneBehavior io, Out out) {
    out.line("Produce a trace of what would happen when you run these processes:");
    for (int pid = 0; pid < processes.size(); pid++) {
      out.line("Process " + pid);
      for (String instruction : processes.get(pid)) {
        out.line("  " + instruction);
      }
      out.line("");
    }
    out.line("Important behaviors:");
    out.print("  System will switch when ");
    out.line(sw == SwitchBehavior.SWITCH_ON_IO ? "the current process is FINISHED or ISSUES AN IO"
        : "the current process is FINISHED");
    out.print("  After IOs, the process issuing the IO will ");
    out.line(io == IoDoneBehavior.IO_RUN_IMMEDIATE ? "run IMMEDIATELY" : "run LATER (when it is its turn)");
    out.line("");
  }

  /** The instructions as the profile's builder takes them: true = cpu, false = an io (with its io_done). */
  private static List<List<Boolean>> cpuFlags(List<List<String>> processes) {
    if (processes.size() > Limits.MAX_TASKS) {
      throw new SimulationLimitException("args", "at most " + Limits.MAX_TASKS + " processes",
          "process-run.py runs at most " + Limits.MAX_TASKS + " processes here, not " + processes.size());
    }
    List<List<Boolean>> flags = new ArrayList<>();
    for (List<String> code : processes) {
      List<Boolean> f = new ArrayList<>();
      for (String instruction : code) {
        if (!instruction.equals(IO_DONE)) {
          f.add(instruction.equals(CPU));
        }
      }
      flags.add(f);
    }
    return flags;
  }

  /** Every row prints at least its time, a 14-wide column per process, CPU and IOs, and a newline. */
  private static void checkRowsFit(int processes, int ticks) {
    Out.refuseOver((long) ticks * (4 + 14L * processes + 14 + 10 + 1));
  }

  /** The header and one row per tick, read off the timeline (tool row t = tick t − 1). */
  private static void rows(List<List<String>> processes, SimulationResult result, Out out) {
    int n = processes.size();
    StringBuilder header = new StringBuilder("Time");
    for (int pid = 0; pid < n; pid++) {
      header.append(Py.pad("PID:" + Py.pad(Integer.toString(pid), 2), 14));
    }
    out.line(header.append(Py.pad("CPU", 14)).append(Py.pad("IOs", 14)).toString());
    boolean[] ioDone = new boolean[result.makespan() + 1];
    for (TraceEvent e : result.trace()) {
      if (e.event() == Event.IO_COMPLETED) {
        ioDone[e.tick()] = true;
      }
    }
    int[] next = new int[n];
    List<String> cpu = result.timeline().cores().get(0);
    for (int t = 0; t < result.makespan(); t++) {
      StringBuilder row = new StringBuilder(Py.pad(Integer.toString(t + 1), 3)).append(ioDone[t] ? '*' : ' ');
      int blocked = 0;
      for (int pid = 0; pid < n; pid++) {
        String name = "P" + pid;
        State state = result.timeline().states().get(name).get(t);
        if (name.equals(cpu.get(t))) {
          row.append(Py.pad("RUN:" + processes.get(pid).get(next[pid]++), 14));
        } else {
          row.append(Py.pad(stateName(state), 14));
        }
        blocked += state == State.WAITING ? 1 : 0;
      }
      row.append(Py.pad(cpu.get(t) == null ? " " : "1", 14));
      row.append(blocked > 0 ? Py.pad(Integer.toString(blocked), 14) : Py.pad(" ", 10));
      out.line(row.toString());
    }
  }

  private static String stateName(State state) {
    switch (state) {
      case READY:
        return "READY";
      case WAITING:
        return "BLOCKED";
      case TERMINATED:
        return "DONE";
      case RUNNING:
        return "RUNNING";
      default:
        throw new IllegalStateException("process-run: a process is " + state + " after tick 0");
    }
  }
}
