package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.LotteryDraw;
import org.timeslice.model.ostep.OstepSimulator;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * OSTEP's {@code cpu-sched-lottery/lottery.py}: jobs holding tickets, one lottery per quantum.
 *
 * <p>How this works: the jobs are read ({@code -l len:tix}) or drawn ({@code int(maxlen * random())},
 * redrawn while 0, then the tickets the same way) as the tool does, counting the draws; the
 * {@code ostep-lottery} profile then runs the lottery from the same seeded stream after those draws, and
 * this class prints its {@link LotteryDraw}s as the tool prints its rounds. Without {@code -c} the tool
 * only lists the numbers the rounds will draw. Lengths and tickets must not be negative here (the tool
 * then walks its jobs past every ticket and reuses the last winner).
 */
final class LotteryTool {
  private static final String TOOL = "cpu-sched-lottery/lottery.py";

  private LotteryTool() {}

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-j", "--jobs", OptParse.Type.INT, "jobs", BigInteger.valueOf(3))
        .add("-l", "--jlist", OptParse.Type.STRING, "jlist", "")
        .add("-m", "--maxlen", OptParse.Type.INT, "maxlen", BigInteger.TEN)
        .add("-T", "--maxticket", OptParse.Type.INT, "maxticket", BigInteger.valueOf(100))
        .add("-q", "--quantum", OptParse.Type.INT, "quantum", BigInteger.ONE)
        .add("-c", "--compute", OptParse.Type.FLAG, "solve", false);
  }

  static OstepTools.Opening run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    BigInteger seed = o.integer("seed");
    if (seed.bitLength() > 63) {
      throw new SimulationLimitException("args", "-s within ±(2^63 - 1)", "lottery.py seeds of more than"
          + " 63 bits are not supported here (the lottery's stream is kept as a scenario seed)");
    }
    PythonRandom random = PythonRandom.seeded(seed);
    for (String name : List.of("jlist", "jobs", "maxlen", "maxticket", "quantum", "seed")) {
      out.words("ARG " + name, o.shown(name));
    }
    out.line("");
    out.line("Here is the job list, with the run time of each job: ");
    List<long[]> jobs = new ArrayList<>();
    int draws = 0;
    if (o.string("jlist").isEmpty()) {
      int count = Bounds.count(o.integer("jobs"), "-j", Limits.MAX_OSTEP_JOBS);
      double maxlen = Bounds.value(o.integer("maxlen"), "-m");
      double maxticket = Bounds.value(o.integer("maxticket"), "-T");
      for (int j = 0; j < count; j++) {
        long runtime = 0;
        while (runtime == 0) {
          draws = countDraw(draws);
          runtime = (long) Bounds.trunc(maxlen * random.random());
        }
        long tickets = 0;
        while (tickets == 0) {
          draws = countDraw(draws);
          tickets = (long) Bounds.trunc(maxticket * random.random());
        }
        jobs.add(new long[] {runtime, tickets});
        out.line("  Job " + j + " ( length = " + runtime + ", tickets = " + tickets + " )");
      }
    } else {
      for (String entry : Py.split(o.string("jlist"), ',')) {
        List<String> parts = Py.split(entry, ':');
        if (parts.size() != 2) {
          throw ToolExit.crash("lottery.py", "ValueError", parts.size() < 2
              ? "not enough values to unpack (expected 2, got 1)" : "too many values to unpack (expected 2)");
        }
        long runtime = Bounds.small(Py.parseInt(parts.get(0)), "-l");
        long tickets = Bounds.small(Py.parseInt(parts.get(1)), "-l");
        jobs.add(new long[] {runtime, tickets});
        Bounds.count(BigInteger.valueOf(jobs.size()), "-l", Limits.MAX_OSTEP_JOBS);
      }
      for (int j = 0; j < jobs.size(); j++) {
        out.line("  Job " + j + " ( length = " + jobs.get(j)[0] + ", tickets = " + jobs.get(j)[1] + " )");
      }
    }
    out.line("\n");
    long rounds = 0;
    for (long[] job : jobs) {
      rounds += job[0];
    }
    if (!o.flag("solve")) {
      if (rounds > Limits.MAX_TICKS) {
        throw new SimulationLimitException("args", "at most " + Limits.MAX_TICKS + " rounds",
            "lottery.py would list " + rounds + " random numbers (Limits.MAX_TICKS)");
      }
      out.line("Here is the set of random numbers you will need (at most):");
      for (long i = 0; i < rounds; i++) {
        out.line("Random " + (int) (random.random() * 1000001));
      }
      return null;
    }
    out.line("** Solutions **\n");
    int quantum = Bounds.small(o.integer("quantum"), "-q");
    Scenario scenario = scenario(jobs, quantum, seed.longValue(), draws);
    OstepSimulator.LotteryLog log;
    try {
      log = OstepSimulator.runLottery(scenario, false);
    } catch (InvalidScenarioException e) {
      throw new SimulationLimitException("args", e.limit(), e.getMessage());
    }
    rounds(jobs, quantum, log, out);
    return log.result() == null ? null : OstepTools.Opening.ifRuns("scheduler", scenario);
  }

  private static int countDraw(int draws) {
    if (draws >= Limits.MAX_OSTEP_DRAWS) {
      throw new SimulationLimitException("args", "at most " + Limits.MAX_OSTEP_DRAWS + " draws",
          "lottery.py redraws a job's length or tickets while it is 0: with these -m and -T it would"
              + " draw without end (Limits.MAX_OSTEP_DRAWS)");
    }
    return draws + 1;
  }

  private static Scenario scenario(List<long[]> jobs, int quantum, long seed, int draws) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      long[] job = jobs.get(j);
      if (job[0] < 0 || job[1] < 0) {
        throw new SimulationLimitException("args", "lengths and tickets >= 0", "job " + j
            + " has a negative length or negative tickets; lottery.py then picks no winner and reuses the"
            + " previous one, which is not supported here");
      }
      tasks.add(new TaskSpec("J" + j, 0, TaskSpec.DEFAULT_PRIORITY, (int) job[1], List.of(Op.cpu((int) job[0]))));
    }
    return new Scenario(Limits.SCENARIO_VERSION, "lottery.py", Profile.OSTEP_LOTTERY, Machine.singleCore(),
        SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(quantum), tasks, seed, OstepOptions.lottery(draws));
  }

  /** The tool's rounds: the draw, every job's state before it, and the winner's completion. */
  private static void rounds(List<long[]> jobs, int quantum, OstepSimulator.LotteryLog log, Out out) {
    long[] timeLeft = new long[jobs.size()];
    long[] tickets = new long[jobs.size()];
    for (int j = 0; j < jobs.size(); j++) {
      timeLeft[j] = jobs.get(j)[0];
      tickets[j] = jobs.get(j)[1];
    }
    int jobsLeft = jobs.size();
    for (LotteryDraw d : log.draws()) {
      out.line("Random " + d.random() + " -> Winning ticket " + d.winningTicket() + " (of " + d.totalTickets()
          + ") -> Run " + d.job());
      out.line("  Jobs:");
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < jobs.size(); j++) {
        line.append(" (").append(j == d.job() ? '*' : ' ').append(" job:").append(j).append(" timeleft:")
            .append(timeLeft[j]).append(" tix:").append(timeLeft[j] > 0 ? Long.toString(tickets[j]) : "---")
            .append(" ) ");
      }
      out.line(line.toString());
      timeLeft[d.job()] = d.timeLeftAfter();
      if (d.done()) {
        out.line("--> JOB " + d.job() + " DONE at time " + (d.tick() + quantum));
        tickets[d.job()] = 0;
        if (--jobsLeft == 0) {
          out.line("");
        }
      }
    }
    if (log.ticketsRanOut()) {
      throw ToolExit.crash("lottery.py", "ZeroDivisionError", "integer modulo by zero");
    }
  }
}
