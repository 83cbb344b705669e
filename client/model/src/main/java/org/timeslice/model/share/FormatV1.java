package org.timeslice.model.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Presets;

/**
 * Link format version 1: a preset id, then only the fields that differ from that preset (or from
 * {@link #EMPTY}), each as {@code tag, value}. The full grammar is in docs/url-format.md.
 *
 * <p>Everything in this class is frozen: tags, enum tables, {@link #EMPTY} and the preset scenarios the
 * links refer to. Tables may only grow at their end; a change of meaning needs a version 2 (and this
 * class keeps decoding version 1). The golden tests in {@code ShareGoldenTest} enforce this.
 */
final class FormatV1 {
  static final int VERSION = 1;

  static final Policy[] POLICIES = {Policy.FIFO, Policy.SJF, Policy.STCF, Policy.RR, Policy.PRIORITY,
      Policy.MLFQ, Policy.LOTTERY};
  static final Profile[] PROFILES = {Profile.NATIVE, Profile.OSTEP_SCHEDULER, Profile.OSTEP_PROCESS_RUN,
      Profile.OSTEP_MLFQ, Profile.OSTEP_LOTTERY};
  static final RequeueOrder[] REQUEUE_ORDERS = {RequeueOrder.NEW_ARRIVAL_FIRST,
      RequeueOrder.PREEMPTED_FIRST};
  static final SwitchBehavior[] SWITCH_BEHAVIORS = {SwitchBehavior.SWITCH_ON_IO,
      SwitchBehavior.SWITCH_ON_END};
  static final IoDoneBehavior[] IO_DONE_BEHAVIORS = {IoDoneBehavior.IO_RUN_LATER,
      IoDoneBehavior.IO_RUN_IMMEDIATE};
  /**
   * An op is one varint, {@code ticks * 2 + kind}. The radix is fixed at 2 for version 1: an op kind beyond
   * these two needs a new format version.
   */
  static final OpKind[] OP_KINDS = {OpKind.CPU, OpKind.IO};
  private static final int OP_RADIX = 2;

  /** The base of a link that names no preset. Literal values: it must never follow a default's change. */
  static final Scenario EMPTY = new Scenario(1, "", Profile.NATIVE, new Machine(1, 0),
      new SchedulerSpec(Policy.FIFO, 10, false, 0, List.of(), 0, false, false,
          RequeueOrder.NEW_ARRIVAL_FIRST),
      List.of(), 1, new OstepOptions(SwitchBehavior.SWITCH_ON_IO, IoDoneBehavior.IO_RUN_LATER));
  /** The base of a task beyond the base scenario's task list. */
  static final TaskSpec EMPTY_TASK = new TaskSpec("", 0, 0, 100, List.of());

  static final int TITLE = 1;
  static final int PROFILE = 2;
  static final int CORES = 3;
  static final int SWITCH_TICKS = 4;
  static final int POLICY = 5;
  static final int QUANTUM = 6;
  static final int PREEMPTIVE = 7;
  static final int AGING = 8;
  static final int LEVELS = 9;
  static final int BOOST = 10;
  static final int STAY_AFTER_IO = 11;
  static final int IO_BUMP = 12;
  static final int REQUEUE = 13;
  static final int SEED = 14;
  static final int OSTEP_SWITCH = 15;
  static final int OSTEP_IO_DONE = 16;
  static final int TASK_COUNT = 17;
  static final int TASK_NAME = 18;
  static final int TASK_ARRIVAL = 19;
  static final int TASK_PRIORITY = 20;
  static final int TASK_TICKETS = 21;
  static final int TASK_PROGRAM = 22;
  static final int OPTION = 23;
  static final int OSTEP_SKIP_DRAWS = 24;

  private static final int MAX_PRESET_ID_BYTES = 64;
  /** UTF-8 takes at most 4 bytes per character. */
  private static final int MAX_TITLE_BYTES = Limits.MAX_TITLE_LENGTH * 4;
  private static final int MAX_NAME_BYTES = Limits.MAX_NAME_LENGTH * 4;

  private FormatV1() {}

  /** The scenario a preset id stands for in version-1 links, or null. */
  static Scenario preset(String id) {
    return Presets.byId(id) == null ? null : Presets.byId(id).scenario();
  }

  // ---------------------------------------------------------------- writing

  static byte[] write(ShareState state) {
    Scenario base = state.presetId() == null ? EMPTY : preset(state.presetId());
    ByteSink out = new ByteSink();
    out.string(state.presetId() == null ? "" : state.presetId());
    Scenario s = state.scenario();
    if (!s.title().equals(base.title())) {
      out.varint(TITLE);
      out.string(s.title());
    }
    index(out, PROFILE, PROFILES, s.profile(), base.profile());
    number(out, CORES, s.machine().cores(), base.machine().cores());
    number(out, SWITCH_TICKS, s.machine().contextSwitchTicks(), base.machine().contextSwitchTicks());
    writeScheduler(out, s.scheduler(), base.scheduler());
    if (s.seed() != base.seed()) {
      out.varint(SEED);
      out.zigzag(s.seed());
    }
    index(out, OSTEP_SWITCH, SWITCH_BEHAVIORS, s.ostep().switchBehavior(),
        base.ostep().switchBehavior());
    index(out, OSTEP_IO_DONE, IO_DONE_BEHAVIORS, s.ostep().ioDoneBehavior(),
        base.ostep().ioDoneBehavior());
    number(out, OSTEP_SKIP_DRAWS, s.ostep().skipDraws(), base.ostep().skipDraws());
    writeTasks(out, s.tasks(), base.tasks());
    for (Map.Entry<String, String> option : state.options().entrySet()) {
      out.varint(OPTION);
      out.string(option.getKey());
      out.string(option.getValue());
    }
    return out.toByteArray();
  }

  private static void writeScheduler(ByteSink out, SchedulerSpec s, SchedulerSpec base) {
    index(out, POLICY, POLICIES, s.policy(), base.policy());
    number(out, QUANTUM, s.quantumTicks(), base.quantumTicks());
    flag(out, PREEMPTIVE, s.preemptive(), base.preemptive());
    number(out, AGING, s.agingTicks(), base.agingTicks());
    if (!s.levels().equals(base.levels())) {
      out.varint(LEVELS);
      out.varint(s.levels().size());
      for (MlfqLevel level : s.levels()) {
        out.varint(level.quantumTicks());
        out.varint(level.allotment());
      }
    }
    number(out, BOOST, s.boostTicks(), base.boostTicks());
    flag(out, STAY_AFTER_IO, s.stayAfterIo(), base.stayAfterIo());
    flag(out, IO_BUMP, s.ioBumpToFront(), base.ioBumpToFront());
    index(out, REQUEUE, REQUEUE_ORDERS, s.requeueOrder(), base.requeueOrder());
  }

  private static void writeTasks(ByteSink out, List<TaskSpec> tasks, List<TaskSpec> baseTasks) {
    if (tasks.size() != baseTasks.size()) {
      out.varint(TASK_COUNT);
      out.varint(tasks.size());
    }
    for (int i = 0; i < tasks.size(); i++) {
      TaskSpec t = tasks.get(i);
      TaskSpec b = i < baseTasks.size() ? baseTasks.get(i) : EMPTY_TASK;
      if (!t.name().equals(b.name())) {
        out.varint(TASK_NAME);
        out.varint(i);
        out.string(t.name());
      }
      taskNumber(out, TASK_ARRIVAL, i, t.arrivalTick(), b.arrivalTick());
      taskNumber(out, TASK_PRIORITY, i, t.priority(), b.priority());
      taskNumber(out, TASK_TICKETS, i, t.tickets(), b.tickets());
      if (!t.program().equals(b.program())) {
        out.varint(TASK_PROGRAM);
        out.varint(i);
        out.varint(t.program().size());
        for (Op op : t.program()) {
          out.varint((long) op.ticks() * OP_RADIX + indexOf(OP_KINDS, op.kind()));
        }
      }
    }
  }

  private static void number(ByteSink out, int tag, int value, int base) {
    if (value != base) {
      if (value < 0) {
        throw new IllegalArgumentException("tag " + tag + ": negative values cannot be shared");
      }
      out.varint(tag);
      out.varint(value);
    }
  }

  private static void taskNumber(ByteSink out, int tag, int task, int value, int base) {
    if (value != base) {
      if (value < 0) {
        throw new IllegalArgumentException("tag " + tag + ": negative values cannot be shared");
      }
      out.varint(tag);
      out.varint(task);
      out.varint(value);
    }
  }

  private static void flag(ByteSink out, int tag, boolean value, boolean base) {
    if (value != base) {
      out.varint(tag);
      out.varint(value ? 1 : 0);
    }
  }

  private static <T> void index(ByteSink out, int tag, T[] table, T value, T base) {
    if (value != base) {
      out.varint(tag);
      out.varint(indexOf(table, value));
    }
  }

  private static <T> int indexOf(T[] table, T value) {
    for (int i = 0; i < table.length; i++) {
      if (table[i] == value) {
        return i;
      }
    }
    throw new IllegalStateException(value + " is missing from the version-1 link tables");
  }

  // ---------------------------------------------------------------- reading

  /** Reads a body; the scenario is not validated yet (the caller does that). */
  static ShareState read(byte[] body) throws ShareFormatException {
    ByteSource in = new ByteSource(body);
    String presetId = in.string("preset", MAX_PRESET_ID_BYTES);
    Scenario base = EMPTY;
    if (!presetId.isEmpty()) {
      base = preset(presetId);
      if (base == null) {
        throw new ShareFormatException(ShareError.Kind.UNKNOWN_PRESET, "preset",
            "The link builds on a preset called \"" + presetId + "\", which this site does not have.");
      }
    }
    Draft d = new Draft(base);
    while (!in.atEnd()) {
      readField(in, d);
    }
    return new ShareState(d.build(), presetId, d.options, 0);
  }

  private static void readField(ByteSource in, Draft d) throws ShareFormatException {
    long tag = in.varint("a field tag");
    switch ((int) Math.min(tag, Integer.MAX_VALUE)) {
      case TITLE -> d.title = in.string("title", MAX_TITLE_BYTES);
      case PROFILE -> d.profile = entry(in, "profile", PROFILES);
      case CORES -> d.cores = in.intIn("machine.cores", 0, Integer.MAX_VALUE);
      case SWITCH_TICKS -> d.switchTicks = in.intIn("machine.contextSwitchTicks", 0, Integer.MAX_VALUE);
      case POLICY -> d.policy = entry(in, "scheduler.policy", POLICIES);
      case QUANTUM -> d.quantum = in.intIn("scheduler.quantumTicks", 0, Integer.MAX_VALUE);
      case PREEMPTIVE -> d.preemptive = in.intIn("scheduler.preemptive", 0, 1) == 1;
      case AGING -> d.aging = in.intIn("scheduler.agingTicks", 0, Integer.MAX_VALUE);
      case LEVELS -> d.levels = readLevels(in);
      case BOOST -> d.boost = in.intIn("scheduler.boostTicks", 0, Integer.MAX_VALUE);
      case STAY_AFTER_IO -> d.stayAfterIo = in.intIn("scheduler.stayAfterIo", 0, 1) == 1;
      case IO_BUMP -> d.ioBump = in.intIn("scheduler.ioBumpToFront", 0, 1) == 1;
      case REQUEUE -> d.requeue = entry(in, "scheduler.requeueOrder", REQUEUE_ORDERS);
      case SEED -> d.seed = in.zigzag("seed");
      case OSTEP_SWITCH -> d.ostepSwitch = entry(in, "ostep.switchBehavior", SWITCH_BEHAVIORS);
      case OSTEP_IO_DONE -> d.ostepIoDone = entry(in, "ostep.ioDoneBehavior", IO_DONE_BEHAVIORS);
      case TASK_COUNT -> d.resizeTasks(in.intIn("tasks", 0, Limits.MAX_TASKS));
      case TASK_NAME -> d.task(in).name = in.string("a task name", MAX_NAME_BYTES);
      case TASK_ARRIVAL -> d.task(in).arrival = in.intIn("a task's arrival", 0, Integer.MAX_VALUE);
      case TASK_PRIORITY -> d.task(in).priority = in.intIn("a task's priority", 0, Integer.MAX_VALUE);
      case TASK_TICKETS -> d.task(in).tickets = in.intIn("a task's tickets", 0, Integer.MAX_VALUE);
      case TASK_PROGRAM -> d.task(in).program = readProgram(in);
      case OPTION -> readOption(in, d.options);
      case OSTEP_SKIP_DRAWS -> d.skipDraws = in.intIn("ostep.skipDraws", 0, Integer.MAX_VALUE);
      default -> throw new ShareFormatException(ShareError.Kind.UNKNOWN_FIELD, "s",
          "The link contains a field (tag " + (tag < 0 ? "over 2^63" : Long.toString(tag))
              + ") that this version of the format does not define.");
    }
  }

  private static List<MlfqLevel> readLevels(ByteSource in) throws ShareFormatException {
    int n = in.count("scheduler.levels", Limits.MAX_MLFQ_LEVELS);
    List<MlfqLevel> levels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String path = "scheduler.levels[" + i + "]";
      int quantum = in.intIn(path + ".quantumTicks", 0, Integer.MAX_VALUE);
      int allotment = in.intIn(path + ".allotment", 0, Integer.MAX_VALUE);
      levels.add(new MlfqLevel(quantum, allotment));
    }
    return levels;
  }

  private static List<Op> readProgram(ByteSource in) throws ShareFormatException {
    int n = in.count("a task's program", Limits.MAX_OPS_PER_TASK);
    List<Op> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long v = in.varint("a program op");
      long ticks = v / OP_RADIX;
      if (ticks > Integer.MAX_VALUE || v < 0) {
        throw new ShareFormatException(ShareError.Kind.OUT_OF_RANGE, "a program op",
            "The link gives an op a length beyond any allowed number of ticks.");
      }
      ops.add(new Op(OP_KINDS[(int) (v % OP_RADIX)], (int) ticks));
    }
    return ops;
  }

  private static void readOption(ByteSource in, TreeMap<String, String> options)
      throws ShareFormatException {
    String key = in.string("an option key", Limits.MAX_SHARE_OPTION_KEY_LENGTH);
    String value = in.string("option " + key, Limits.MAX_SHARE_OPTION_VALUE_LENGTH);
    if (!ShareOptions.validKey(key) || !ShareOptions.validValue(value)) {
      throw new ShareFormatException(ShareError.Kind.BAD_OPTION, "options",
          "The link carries a malformed widget option.");
    }
    if (options.size() == Limits.MAX_SHARE_OPTIONS && !options.containsKey(key)) {
      throw new ShareFormatException(ShareError.Kind.BAD_OPTION, "options",
          "The link carries more than " + Limits.MAX_SHARE_OPTIONS + " widget options.");
    }
    options.put(key, value);
  }

  private static <T> T entry(ByteSource in, String field, T[] table) throws ShareFormatException {
    return table[in.intIn(field, 0, table.length - 1)];
  }

  /** A scenario being rebuilt from its base, one field at a time. */
  private static final class Draft {
    String title;
    Profile profile;
    int cores;
    int switchTicks;
    Policy policy;
    int quantum;
    boolean preemptive;
    int aging;
    List<MlfqLevel> levels;
    int boost;
    boolean stayAfterIo;
    boolean ioBump;
    RequeueOrder requeue;
    long seed;
    SwitchBehavior ostepSwitch;
    IoDoneBehavior ostepIoDone;
    int skipDraws;
    final List<TaskDraft> tasks = new ArrayList<>();
    final TreeMap<String, String> options = new TreeMap<>();

    Draft(Scenario base) {
      title = base.title();
      profile = base.profile();
      cores = base.machine().cores();
      switchTicks = base.machine().contextSwitchTicks();
      SchedulerSpec s = base.scheduler();
      policy = s.policy();
      quantum = s.quantumTicks();
      preemptive = s.preemptive();
      aging = s.agingTicks();
      levels = s.levels();
      boost = s.boostTicks();
      stayAfterIo = s.stayAfterIo();
      ioBump = s.ioBumpToFront();
      requeue = s.requeueOrder();
      seed = base.seed();
      ostepSwitch = base.ostep().switchBehavior();
      ostepIoDone = base.ostep().ioDoneBehavior();
      skipDraws = base.ostep().skipDraws();
      for (TaskSpec t : base.tasks()) {
        tasks.add(new TaskDraft(t));
      }
    }

    void resizeTasks(int n) {
      while (tasks.size() > n) {
        tasks.remove(tasks.size() - 1);
      }
      while (tasks.size() < n) {
        tasks.add(new TaskDraft(EMPTY_TASK));
      }
    }

    TaskDraft task(ByteSource in) throws ShareFormatException {
      if (tasks.isEmpty()) {
        throw new ShareFormatException(ShareError.Kind.OUT_OF_RANGE, "tasks",
            "The link edits a task of a scenario that has none.");
      }
      return tasks.get(in.intIn("a task index", 0, tasks.size() - 1));
    }

    Scenario build() {
      List<TaskSpec> built = new ArrayList<>(tasks.size());
      for (TaskDraft t : tasks) {
        built.add(new TaskSpec(t.name, t.arrival, t.priority, t.tickets, t.program));
      }
      SchedulerSpec spec = new SchedulerSpec(policy, quantum, preemptive, aging, levels, boost,
          stayAfterIo, ioBump, requeue);
      return new Scenario(VERSION, title, profile, new Machine(cores, switchTicks), spec, built, seed,
          new OstepOptions(ostepSwitch, ostepIoDone, skipDraws));
    }
  }

  private static final class TaskDraft {
    String name;
    int arrival;
    int priority;
    int tickets;
    List<Op> program;

    TaskDraft(TaskSpec t) {
      name = t.name();
      arrival = t.arrivalTick();
      priority = t.priority();
      tickets = t.tickets();
      program = t.program();
    }
  }
}
