package org.timeslice.server.api;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
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

/** jqwik generators of scenarios: any well-typed one (for the codec) and small valid native ones (to run). */
final class ScenarioArbitraries {
  private ScenarioArbitraries() {}

  /** Text of any Unicode code points except lone surrogates, control characters included. */
  static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
        .ofMaxLength(maxLength);
  }

  /** Every field anywhere in its Java range: the codec must round-trip values the validator would reject. */
  static Arbitrary<Scenario> anyScenario() {
    Arbitrary<Integer> ints = Arbitraries.integers();
    Arbitrary<SchedulerSpec> scheduler = Builders.withBuilder(() -> new Object[9])
        .use(Arbitraries.of(Policy.class)).in((a, v) -> set(a, 0, v))
        .use(ints).in((a, v) -> set(a, 1, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 2, v))
        .use(ints).in((a, v) -> set(a, 3, v))
        .use(Combinators.combine(ints, ints).as(MlfqLevel::new).list().ofMaxSize(4)).in((a, v) -> set(a, 4, v))
        .use(ints).in((a, v) -> set(a, 5, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 6, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 7, v))
        .use(Arbitraries.of(RequeueOrder.class)).in((a, v) -> set(a, 8, v))
        .build(a -> new SchedulerSpec((Policy) a[0], (int) a[1], (boolean) a[2], (int) a[3],
            castLevels(a[4]), (int) a[5], (boolean) a[6], (boolean) a[7], (RequeueOrder) a[8]));
    Arbitrary<Op> op = Combinators.combine(Arbitraries.of(OpKind.class), ints).as(Op::new);
    Arbitrary<TaskSpec> task = Combinators.combine(text(12), ints, ints, ints, op.list().ofMaxSize(4))
        .as(TaskSpec::new);
    Arbitrary<OstepOptions> ostep = Combinators.combine(
        Arbitraries.of(OstepOptions.SwitchBehavior.class), Arbitraries.of(OstepOptions.IoDoneBehavior.class),
        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 10_000_000)))
        .as(OstepOptions::new);
    return Combinators.combine(ints, text(30), Arbitraries.of(Profile.class),
            Combinators.combine(ints, ints).as(Machine::new), scheduler, task.list().ofMaxSize(5),
            Arbitraries.longs(), ostep)
        .as(Scenario::new);
  }

  /** Small valid native scenarios (short programs, few tasks), cheap to simulate. */
  static Arbitrary<Scenario> validNativeScenario() {
    Arbitrary<Op> op = Combinators.combine(Arbitraries.of(OpKind.class), Arbitraries.integers().between(1, 12))
        .as(Op::new);
    Arbitrary<List<TaskSpec>> tasks = Combinators.combine(
            Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(1, 500), op.list().ofMinSize(1).ofMaxSize(5))
        .as((arrival, priority, tickets, program) -> new TaskSpec("?", arrival, priority, tickets, program))
        .list().ofMinSize(1).ofMaxSize(5)
        .map(ScenarioArbitraries::named);
    Arbitrary<SchedulerSpec> scheduler = Combinators.combine(
            Arbitraries.of(Policy.class), Arbitraries.integers().between(1, 6), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 8),
            Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 3))
                .as(MlfqLevel::new).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 30), Arbitraries.of(true, false),
            Arbitraries.of(RequeueOrder.class))
        .as((policy, quantum, preemptive, aging, levels, boost, flag, requeue) -> new SchedulerSpec(
            policy, quantum, preemptive, aging, policy == Policy.MLFQ ? levels : List.of(), boost, flag, !flag,
            requeue));
    Arbitrary<Machine> machine = Combinators.combine(
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3)).as(Machine::new);
    return Combinators.combine(text(20), machine, scheduler, tasks, Arbitraries.longs())
        .as((title, m, s, t, seed) -> new Scenario(1, title, Profile.NATIVE, m, s, t, seed, null));
  }

  /** Gives the tasks the unique names T0, T1, … */
  private static List<TaskSpec> named(List<TaskSpec> tasks) {
    List<TaskSpec> named = new java.util.ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      TaskSpec t = tasks.get(i);
      named.add(new TaskSpec("T" + i, t.arrivalTick(), t.priority(), t.tickets(), t.program()));
    }
    return named;
  }

  private static Object[] set(Object[] array, int index, Object value) {
    array[index] = value;
    return array;
  }

  @SuppressWarnings("unchecked")
  private static List<MlfqLevel> castLevels(Object value) {
    return (List<MlfqLevel>) value;
  }
}
