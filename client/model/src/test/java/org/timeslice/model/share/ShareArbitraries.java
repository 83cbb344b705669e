package org.timeslice.model.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;

/** Random valid share states covering every field the link format carries. */
final class ShareArbitraries {
  private ShareArbitraries() {}

  /** Text of any Unicode code point except lone surrogates (which UTF-8 cannot carry). */
  static Arbitrary<String> text(int maxChars) {
    Arbitrary<Integer> codePoint = Arbitraries.oneOf(
        Arbitraries.integers().between(0x20, 0x7e),
        Arbitraries.integers().between(0, 0xD7FF),
        Arbitraries.integers().between(0xE000, 0x10FFFF));
    return codePoint.list().ofMaxSize(maxChars).map(points -> {
      StringBuilder sb = new StringBuilder();
      for (int cp : points) {
        if (sb.length() + Character.charCount(cp) <= maxChars) {
          sb.appendCodePoint(cp);
        }
      }
      return sb.toString();
    });
  }

  static Arbitrary<Scenario> scenarios() {
    Arbitrary<Profile> profile = Arbitraries.of(Profile.class);
    Arbitrary<Machine> machine = Combinators.combine(
        Arbitraries.integers().between(1, Limits.MAX_CORES),
        Arbitraries.integers().between(0, Limits.MAX_CONTEXT_SWITCH_TICKS)).as(Machine::new);
    Arbitrary<OstepOptions> ostep = Combinators.combine(
        Arbitraries.of(OstepOptions.SwitchBehavior.class),
        Arbitraries.of(OstepOptions.IoDoneBehavior.class),
        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, Limits.MAX_OSTEP_DRAWS)))
        .as(OstepOptions::new);
    Arbitrary<Long> seed = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 100));
    return Combinators.combine(text(Limits.MAX_TITLE_LENGTH), profile, machine, schedulers(), seed, ostep)
        .flatAs((title, prof, mach, sched, sd, os) -> tasks(prof).map(
            tasks -> new Scenario(1, title, prof, mach, sched, tasks, sd, os)));
  }

  static Arbitrary<SchedulerSpec> schedulers() {
    Arbitrary<Integer> ticks = Arbitraries.oneOf(Arbitraries.integers().between(1, 20),
        Arbitraries.integers().between(1, Limits.MAX_QUANTUM_TICKS));
    Arbitrary<List<MlfqLevel>> levels = Combinators.combine(ticks,
        Arbitraries.integers().between(1, 1_000)).as(MlfqLevel::new)
        .list().ofMinSize(Limits.MIN_MLFQ_LEVELS).ofMaxSize(Limits.MAX_MLFQ_LEVELS);
    Arbitrary<Integer> nonNegative = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(Arbitraries.of(Policy.class), ticks, Arbitraries.of(true, false),
        nonNegative, levels, nonNegative, Arbitraries.of(true, false), Arbitraries.of(true, false))
        .flatAs((policy, q, pre, aging, lv, boost, stay, bump) -> Arbitraries.of(RequeueOrder.class)
            .map(order -> new SchedulerSpec(policy, q, pre, aging, lv, boost, stay, bump, order)));
  }

  static Arbitrary<List<TaskSpec>> tasks(Profile profile) {
    int minCpu = profile == Profile.NATIVE ? Limits.MIN_OP_TICKS : Limits.MIN_OSTEP_CPU_TICKS;
    int minIo = profile == Profile.NATIVE ? Limits.MIN_OP_TICKS : Limits.MIN_OSTEP_IO_TICKS;
    Arbitrary<Op> op = Arbitraries.oneOf(
        Arbitraries.integers().between(minCpu, Limits.MAX_OP_TICKS).map(t -> new Op(OpKind.CPU, t)),
        Arbitraries.integers().between(minIo, 30).map(Op::io));
    Arbitrary<List<Op>> program = op.list()
        .ofMinSize(profile == Profile.NATIVE ? 1 : 0).ofMaxSize(12);
    Arbitrary<TaskSpec> task = Combinators.combine(
        Arbitraries.integers().between(0, Limits.MAX_ARRIVAL_TICK),
        Arbitraries.integers().between(Limits.MIN_PRIORITY, Limits.MAX_PRIORITY),
        Arbitraries.integers().between(Limits.MIN_TICKETS, Limits.MAX_TICKETS), program)
        .as((arrival, priority, tickets, ops) -> new TaskSpec("?", arrival, priority, tickets, ops));
    Arbitrary<List<String>> names = text(Limits.MAX_NAME_LENGTH).filter(n -> !n.isEmpty())
        .list().ofMinSize(1).ofMaxSize(12).uniqueElements();
    return names.flatMap(ns -> task.list().ofSize(ns.size()).map(ts -> {
      List<TaskSpec> out = new ArrayList<>();
      for (int i = 0; i < ns.size(); i++) {
        TaskSpec t = ts.get(i);
        out.add(new TaskSpec(ns.get(i), t.arrivalTick(), t.priority(), t.tickets(), t.program()));
      }
      return out;
    }));
  }

  static Arbitrary<Map<String, String>> options() {
    Arbitrary<String> key = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
        .ofMinLength(1).ofMaxLength(Limits.MAX_SHARE_OPTION_KEY_LENGTH);
    Arbitrary<String> value = Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
        .ofMaxLength(Limits.MAX_SHARE_OPTION_VALUE_LENGTH);
    return Arbitraries.maps(key, value).ofMaxSize(Limits.MAX_SHARE_OPTIONS).map(TreeMap::new);
  }

  /** States from scratch, and states that are a catalogue preset with a few random edits. */
  static Arbitrary<ShareState> states() {
    Arbitrary<Integer> tick = Arbitraries.integers().between(0, Limits.MAX_TICKS);
    Arbitrary<ShareState> fromScratch = Combinators.combine(scenarios(), options(), tick)
        .as((s, o, t) -> new ShareState(s, null, new TreeMap<>(o), t));
    Arbitrary<ShareState> fromPreset = Combinators.combine(Arbitraries.of(Presets.all()),
        schedulers(), Arbitraries.integers().between(0, 7), options(), tick)
        .as((preset, sched, edit, o, t) -> new ShareState(edit(preset, sched, edit), preset.id(),
            new TreeMap<>(o), t));
    return Arbitraries.oneOf(fromScratch, fromPreset);
  }

  private static Scenario edit(Preset preset, SchedulerSpec sched, int which) {
    Scenario s = preset.scenario();
    return switch (which) {
      case 0 -> s;
      case 1 -> s.withScheduler(sched);
      case 2 -> s.withMachine(new Machine(4, 2));
      case 3 -> s.withSeed(s.seed() + 41);
      case 4 -> s.withTasks(s.tasks().subList(0, 1));
      case 5 -> {
        List<TaskSpec> more = new ArrayList<>(s.tasks());
        more.add(TaskSpec.of("Zed", 3, Op.cpu(2), Op.io(4), Op.cpu(1)));
        yield s.withTasks(more);
      }
      case 6 -> {
        List<TaskSpec> changed = new ArrayList<>(s.tasks());
        TaskSpec first = changed.get(0);
        changed.set(0, new TaskSpec(first.name(), first.arrivalTick() + 1, 7, 9, first.program()));
        yield s.withTasks(changed);
      }
      default -> s.withScheduler(s.scheduler().withQuantumTicks(s.scheduler().quantumTicks() + 1));
    };
  }
}
