package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * The ordered catalogue of native preset scenarios, one lesson each. Ids are stable (shared URLs and the
 * end-to-end tests name them); new presets are appended, old ones are never renamed.
 */
public final class Presets {
  private static final List<Preset> ALL = build();

  private Presets() {}

  /** Every preset, in catalogue order. */
  public static List<Preset> all() {
    return ALL;
  }

  /** The preset with this id, or null if there is none. */
  public static Preset byId(String id) {
    for (Preset p : ALL) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private static List<Preset> build() {
    List<Preset> list = new ArrayList<>();
    TaskSpec longJob = TaskSpec.of("A", 0, Op.cpu(100));
    list.add(preset("fifo-convoy", "FIFO: the convoy effect",
        "Two short jobs wait behind one long job that arrived first, so average turnaround balloons.",
        1, 0, SchedulerSpec.of(Policy.FIFO),
        longJob, TaskSpec.of("B", 0, Op.cpu(10)), TaskSpec.of("C", 0, Op.cpu(10))));
    TaskSpec[] lateShort = {longJob, TaskSpec.of("B", 10, Op.cpu(10)), TaskSpec.of("C", 10, Op.cpu(10))};
    list.add(preset("sjf-late-short-jobs", "SJF: short jobs arrive too late",
        "SJF never preempts, so short jobs arriving after the long one has started still wait for it.",
        1, 0, SchedulerSpec.of(Policy.SJF), lateShort));
    list.add(preset("stcf-late-short-jobs", "STCF: preempting for short jobs",
        "The same jobs under STCF: the short arrivals preempt the long job and finish at once.",
        1, 0, SchedulerSpec.of(Policy.STCF), lateShort));
    TaskSpec[] three = {TaskSpec.of("A", 0, Op.cpu(12)), TaskSpec.of("B", 0, Op.cpu(12)),
        TaskSpec.of("C", 0, Op.cpu(12))};
    list.add(preset("rr-small-quantum-switch-cost", "RR: a tiny quantum wastes the CPU",
        "With a 1-tick quantum and a 1-tick context switch, half of the core's time goes to switching.",
        1, 1, SchedulerSpec.roundRobin(1), three));
    list.add(preset("rr-large-quantum-switch-cost", "RR: a larger quantum amortises switches",
        "The same jobs with a 6-tick quantum: far fewer switches, but each job waits longer to start.",
        1, 1, SchedulerSpec.roundRobin(6), three));
    list.add(preset("priority-starvation", "Priority: starvation",
        "A stream of urgent jobs keeps the low-priority job L off the core until they are all done.",
        1, 0, priority(0), starvationTasks()));
    list.add(preset("priority-aging", "Priority: aging prevents starvation",
        "The same stream with aging: L's priority improves while it waits until it wins a turn.",
        1, 0, priority(4), starvationTasks()));
    list.add(preset("mlfq-gaming", "MLFQ: gaming the scheduler",
        "Two jobs issue a 1-tick I/O just before their quantum ends and, because I/O resets their"
            + " allotment, stay at the top level while the CPU-bound job H starves.",
        1, 0, mlfq(0, true), gamingTasks()));
    list.add(preset("mlfq-boost", "MLFQ: a priority boost ends starvation",
        "The same gamers with a boost every 50 ticks: H returns to the top level regularly and runs.",
        1, 0, mlfq(50, true), gamingTasks()));
    list.add(preset("mlfq-allotment-accounting", "MLFQ: counting the allotment across I/O",
        "Without the reset on I/O the gamers use up their allotment and sink below H.",
        1, 0, mlfq(0, false), gamingTasks()));
    list.add(preset("io-bound-vs-cpu-bound", "I/O-bound and CPU-bound jobs together",
        "While the I/O-bound job waits on its device the CPU-bound job uses the core: both overlap.",
        1, 0, SchedulerSpec.roundRobin(5), ioBoundTask(), TaskSpec.of("CPU", 0, Op.cpu(40))));
    list.add(preset("multicore-four-on-two", "Two cores, four jobs",
        "Four equal jobs share one ready queue on two cores: two run in parallel, all four make progress.",
        2, 0, SchedulerSpec.roundRobin(4), TaskSpec.of("A", 0, Op.cpu(12)),
        TaskSpec.of("B", 0, Op.cpu(12)), TaskSpec.of("C", 0, Op.cpu(12)),
        TaskSpec.of("D", 0, Op.cpu(12))));
    list.add(preset("lottery-proportional-share", "Lottery: proportional share",
        "A holds 75 of 100 tickets, so it wins about three draws in four and finishes first.",
        1, 0, SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(2),
        new TaskSpec("A", 0, 0, 75, List.of(Op.cpu(40))),
        new TaskSpec("B", 0, 0, 25, List.of(Op.cpu(40)))));
    return Collections.unmodifiableList(list);
  }

  private static Preset preset(String id, String title, String description, int cores,
      int switchTicks, SchedulerSpec scheduler, TaskSpec... tasks) {
    Scenario scenario = new Scenario(1, title, null, new Machine(cores, switchTicks), scheduler,
        List.of(tasks), 1, null);
    return new Preset(id, title, description, scenario);
  }

  private static SchedulerSpec priority(int agingTicks) {
    return new SchedulerSpec(Policy.PRIORITY, SchedulerSpec.DEFAULT_QUANTUM_TICKS, true, agingTicks,
        List.of(), 0, false, false, RequeueOrder.NEW_ARRIVAL_FIRST);
  }

  private static TaskSpec[] starvationTasks() {
    List<TaskSpec> tasks = new ArrayList<>();
    tasks.add(new TaskSpec("L", 0, 3, TaskSpec.DEFAULT_TICKETS, List.of(Op.cpu(6))));
    for (int i = 0; i < 6; i++) {
      tasks.add(new TaskSpec("H" + (i + 1), i * 8, 1, TaskSpec.DEFAULT_TICKETS,
          List.of(Op.cpu(8))));
    }
    return tasks.toArray(new TaskSpec[0]);
  }

  private static SchedulerSpec mlfq(int boostTicks, boolean stayAfterIo) {
    return new SchedulerSpec(Policy.MLFQ, SchedulerSpec.DEFAULT_QUANTUM_TICKS, false, 0,
        List.of(new MlfqLevel(10, 1), new MlfqLevel(10, 1), new MlfqLevel(10, 1)), boostTicks,
        stayAfterIo, false, RequeueOrder.NEW_ARRIVAL_FIRST);
  }

  private static TaskSpec[] gamingTasks() {
    List<Op> gamer = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      gamer.add(Op.cpu(9));
      gamer.add(Op.io(1));
    }
    gamer.add(Op.cpu(1));
    return new TaskSpec[] {TaskSpec.of("H", 0, Op.cpu(60)),
        new TaskSpec("G1", 5, 0, TaskSpec.DEFAULT_TICKETS, gamer),
        new TaskSpec("G2", 5, 0, TaskSpec.DEFAULT_TICKETS, gamer)};
  }

  private static TaskSpec ioBoundTask() {
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ops.add(Op.cpu(1));
      ops.add(Op.io(5));
    }
    ops.add(Op.cpu(1));
    return new TaskSpec("IO", 0, 0, TaskSpec.DEFAULT_TICKETS, ops);
  }
}
