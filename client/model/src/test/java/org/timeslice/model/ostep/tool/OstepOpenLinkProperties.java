package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.timeslice.model.share.DecodeResult;
import org.timeslice.model.share.ShareUrl;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;
import org.timeslice.model.sim.TaskMetrics;

/**
 * For random valid command lines of the four scheduling tools, the {@code open} link (decoded as the
 * playground decodes it, run as the playground's model runs it) gives exactly the numbers the text prints.
 */
class OstepOpenLinkProperties {
  private static final Pattern SCHEDULER_JOB = Pattern.compile(
      "  Job +(\\d+) -- Response: +([0-9.]+)  Turnaround +([0-9.]+)  Wait +([0-9.]+)");
  private static final Pattern MLFQ_JOB = Pattern.compile(
      "  Job +(\\d+): startTime +(\\d+) - response +(-?\\d+) - turnaround +(-?\\d+)");
  private static final Pattern LOTTERY_DONE = Pattern.compile("--> JOB (\\d+) DONE at time (\\d+)");

  private static Arbitrary<String> n(int min, int max) {
    return Arbitraries.integers().between(min, max).map(String::valueOf);
  }

  @Provide
  Arbitrary<List<String>> scheduler() {
    Arbitrary<String> list = n(0, 20).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(",", l));
    return Combinators.combine(Arbitraries.of("FIFO", "SJF", "RR"), n(1, 6), list, n(0, 500), n(1, 8),
        Arbitraries.of(true, false)).as((p, q, l, s, j, explicit) -> explicit
            ? List.of("-p", p, "-q", q, "-l", l, "-c")
            : List.of("-p", p, "-q", q, "-s", s, "-j", j, "-m", "12", "-c"));
  }

  @Provide
  Arbitrary<List<String>> processRun() {
    Arbitrary<String> proc = Combinators.combine(n(0, 6), Arbitraries.of("0", "30", "50", "80", "100"))
        .as((x, y) -> x + ":" + y);
    Arbitrary<String> list = proc.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
    return Combinators.combine(list, n(0, 500), n(0, 6), Arbitraries.of("SWITCH_ON_IO", "SWITCH_ON_END"),
        Arbitraries.of("IO_RUN_LATER", "IO_RUN_IMMEDIATE")).as((l, s, len, sw, io) ->
            List.of("-l", l, "-s", s, "-L", len, "-S", sw, "-I", io, "-c", "-p"));
  }

  @Provide
  Arbitrary<List<String>> mlfq() {
    Arbitrary<String> job = Combinators.combine(n(0, 15), n(1, 30), n(0, 8)).as((a, b, c) -> a + "," + b + "," + c);
    Arbitrary<String> jobs = job.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(":", l));
    return Combinators.combine(jobs, n(1, 4), n(1, 10), n(0, 40), n(0, 6), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as((l, queues, q, boost, io, stay, bump) -> {
          List<String> args = new ArrayList<>(List.of("-l", l, "-n", queues, "-q", q, "-B", boost, "-i", io, "-c"));
          if (stay) {
            args.add("-S");
          }
          if (bump) {
            args.add("-I");
          }
          return args;
        });
  }

  @Provide
  Arbitrary<List<String>> lottery() {
    Arbitrary<String> job = Combinators.combine(n(1, 12), n(1, 100)).as((len, tix) -> len + ":" + tix);
    Arbitrary<String> jobs = job.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(",", l));
    return Combinators.combine(jobs, n(0, 999), n(1, 4), n(1, 6), Arbitraries.of(true, false))
        .as((l, s, q, j, explicit) -> explicit ? List.of("-l", l, "-s", s, "-q", q, "-c")
            : List.of("-s", s, "-q", q, "-j", j, "-m", "9", "-T", "60", "-c"));
  }

  private static SimulationResult opened(ToolRun run, String widget, String what) {
    assertEquals(0, run.exitCode(), what + ": " + run.stderr());
    String link = run.open();
    assertNotNull(link, what + " opens no widget");
    assertTrue(link.startsWith("/play/" + widget + "?s="), link);
    DecodeResult decoded = ShareUrl.decode(link.substring(link.indexOf("?s=") + 3), null);
    assertTrue(decoded.ok(), () -> what + ": " + decoded.error());
    return Simulator.run(decoded.state().scenario(), false);
  }

  /** Checks each per-job line {@code pattern} finds (group 1 the job) and that there is one per task. */
  private static void eachJob(Pattern pattern, String text, SimulationResult r, List<String> args,
      java.util.function.BiConsumer<Matcher, TaskMetrics> check) {
    Matcher m = pattern.matcher(text);
    int jobs = 0;
    while (m.find()) {
      check.accept(m, r.tasks().get(Integer.parseInt(m.group(1))));
      jobs++;
    }
    assertEquals(r.tasks().size(), jobs, "one line per job: " + args);
  }

  @Property(tries = 150)
  void schedulerLinksReproduceTheFinalStatistics(@ForAll("scheduler") List<String> args) {
    ToolRun run = OstepTools.run("scheduler.py", args, null);
    SimulationResult r = opened(run, "scheduler", String.join(" ", args));
    eachJob(SCHEDULER_JOB, run.stdout(), r, args, (m, t) -> {
      assertEquals(m.group(2), Py.fixed(t.response(), 2), args.toString());
      assertEquals(m.group(3), Py.fixed(t.turnaround(), 2), args.toString());
      assertEquals(m.group(4), Py.fixed(t.waitTicks(), 2), args.toString());
    });
    assertTrue(run.stdout().contains("  Average -- Response: " + Py.fixed(r.averages().response(), 2)
        + "  Turnaround " + Py.fixed(r.averages().turnaround(), 2)));
  }

  @Property(tries = 150)
  void processRunLinksReproduceTheStats(@ForAll("processRun") List<String> args) {
    ToolRun run = OstepTools.run("process-run.py", args, null);
    SimulationResult r = opened(run, "lifecycle", String.join(" ", args));
    assertTrue(run.stdout().contains("Stats: Total Time " + r.makespan() + "\n"), args.toString());
    assertTrue(run.stdout().contains("Stats: CPU Busy " + r.cpuBusyTicks() + " ("), args.toString());
    assertTrue(run.stdout().contains("Stats: IO Busy  " + r.ioBusyTicks() + " ("), args.toString());
  }

  @Property(tries = 150)
  void mlfqLinksReproduceTheFinalStatistics(@ForAll("mlfq") List<String> args) {
    ToolRun run = OstepTools.run("mlfq.py", args, null);
    SimulationResult r = opened(run, "scheduler", String.join(" ", args));
    eachJob(MLFQ_JOB, run.stdout().substring(run.stdout().indexOf("Final statistics")), r, args, (m, t) -> {
      assertEquals(Integer.parseInt(m.group(3)), t.response(), args.toString());
      assertEquals(Integer.parseInt(m.group(4)), t.turnaround(), args.toString());
    });
  }

  @Property(tries = 150)
  void lotteryLinksReproduceEveryCompletion(@ForAll("lottery") List<String> args) {
    ToolRun run = OstepTools.run("lottery.py", args, null);
    SimulationResult r = opened(run, "scheduler", String.join(" ", args));
    eachJob(LOTTERY_DONE, run.stdout(), r, args,
        (m, t) -> assertEquals(Integer.parseInt(m.group(2)), t.completionTick(), args.toString()));
  }
}
