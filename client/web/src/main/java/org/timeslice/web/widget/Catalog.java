package org.timeslice.web.widget;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;

/** The presets each widget offers: the model's catalogue plus a few widget-specific openers. */
final class Catalog {
  private Catalog() {}

  static List<Preset> scheduler() {
    List<Preset> list = new ArrayList<>();
    list.add(new Preset("three-jobs-rr", "Round robin, three jobs",
        "Three jobs take turns in 3-tick slices; the context switch costs 1 tick each time.",
        Scenario.of("Round robin, three jobs", new Machine(1, 1), SchedulerSpec.roundRobin(3),
            List.of(TaskSpec.of("A", 0, Op.cpu(6)), TaskSpec.of("B", 1, Op.cpu(4)),
                TaskSpec.of("C", 2, Op.cpu(5), Op.io(3), Op.cpu(2))), 1)));
    list.addAll(Presets.all());
    list.addAll(ostepHomework());
    return list;
  }

  /**
   * One homework example per OSTEP profile, in the native rules (the playground replays NATIVE runs; the
   * exact OSTEP rule books run through {@code /api/simulate} and the CLI, see docs/ostep-profiles.md).
   */
  static List<Preset> ostepHomework() {
    List<Preset> list = new ArrayList<>();
    list.add(new Preset("ostep-scheduler-hw", "OSTEP ch. 7 homework: SJF, three 200-tick jobs",
        "scheduler.py -p SJF -l 200,200,200: with equal jobs SJF is FIFO; response times 0, 200 and 400.",
        Scenario.of("OSTEP scheduler.py homework", new Machine(1, 0), SchedulerSpec.of(Policy.SJF),
            List.of(TaskSpec.of("J0", 0, Op.cpu(200)), TaskSpec.of("J1", 0, Op.cpu(200)),
                TaskSpec.of("J2", 0, Op.cpu(200))), 1)));
    list.add(new Preset("ostep-mlfq-hw", "OSTEP ch. 8 homework: a long job and a short interactive one",
        "mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0: the long job sinks to the bottom queue; the late short job"
            + " starts at the top and finishes quickly.",
        Scenario.of("OSTEP mlfq.py homework", new Machine(1, 0),
            new SchedulerSpec(Policy.MLFQ, 10, false, 0,
                List.of(new MlfqLevel(10, 1), new MlfqLevel(10, 1), new MlfqLevel(10, 1)), 0, false, false,
                null),
            List.of(TaskSpec.of("J0", 0, Op.cpu(200)), TaskSpec.of("J1", 100, Op.cpu(20))), 1)));
    list.add(processRunHomework());
    return list;
  }

  private static Preset processRunHomework() {
    return new Preset("ostep-process-run-hw", "OSTEP ch. 4 homework: one process does I/O",
        "process-run.py -l 1:0,4:100: process 0 issues an I/O and waits; process 1 uses the CPU meanwhile.",
        Scenario.of("OSTEP process-run.py homework", new Machine(1, 0), SchedulerSpec.of(Policy.FIFO),
            List.of(TaskSpec.of("P0", 0, Op.cpu(1), Op.io(5), Op.cpu(1)), TaskSpec.of("P1", 0, Op.cpu(4))),
            1));
  }

  static List<Preset> lifecycle() {
    List<Preset> list = new ArrayList<>();
    list.add(new Preset("lifecycle-io", "Two tasks, one doing I/O",
        "A computes, asks for I/O and waits; B uses the CPU meanwhile; both come back and finish.",
        Scenario.of("Lifecycle with I/O", new Machine(1, 0), SchedulerSpec.roundRobin(3),
            List.of(TaskSpec.of("A", 0, Op.cpu(2), Op.io(4), Op.cpu(2)),
                TaskSpec.of("B", 1, Op.cpu(5)), TaskSpec.of("C", 3, Op.cpu(1), Op.io(2), Op.cpu(1))),
            1)));
    list.add(processRunHomework());
    list.addAll(Presets.all());
    return list;
  }

  static List<Preset> cores() {
    List<Preset> list = new ArrayList<>();
    List<TaskSpec> tasks = new ArrayList<>();
    tasks.add(TaskSpec.of("Setup", 0, Op.cpu(8)));
    for (int i = 0; i < 6; i++) {
      tasks.add(TaskSpec.of("W" + (i + 1), 0, Op.cpu(8)));
    }
    list.add(new Preset("cores-seven-jobs", "Seven equal jobs on four cores",
        "Seven 8-tick jobs: one core runs them one after another, four cores run four at a time.",
        Scenario.of("Seven jobs", new Machine(4, 0), SchedulerSpec.roundRobin(4), tasks, 1)));
    for (Preset p : Presets.all()) {
      if (p.scenario().machine().cores() > 1) {
        list.add(p);
      }
    }
    list.add(Presets.byId("io-bound-vs-cpu-bound"));
    list.add(sixtyFourOnEight());
    return list;
  }

  /** The stress case of docs/benchmarks.md: 64 mixed jobs on 8 cores, RR with a switch cost. */
  static Preset sixtyFourOnEight() {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      int cpu = 6 + (i * 7) % 23;
      tasks.add(i % 4 == 3
          ? TaskSpec.of("T" + (i + 1), i % 16, Op.cpu(cpu / 2 + 1), Op.io(4 + i % 5), Op.cpu(cpu / 2 + 1))
          : TaskSpec.of("T" + (i + 1), i % 16, Op.cpu(cpu)));
    }
    return new Preset("cores-64-on-8", "Sixty-four jobs on eight cores",
        "A crowd: 64 jobs, some doing I/O, share eight cores in 4-tick slices with a 1-tick switch.",
        Scenario.of("64 jobs on 8 cores", new Machine(8, 1), SchedulerSpec.roundRobin(4), tasks, 1));
  }

  /** The preset with {@code id} from {@code list}, or the first. */
  static Preset pick(List<Preset> list, String id) {
    for (Preset p : list) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return list.get(0);
  }
}
