package org.timeslice.model.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;

class ScenarioValidatorTest {
  private static final SchedulerSpec RR = SchedulerSpec.roundRobin(2);

  private static Scenario valid() {
    return Scenario.of("ok", new Machine(2, 1), RR,
        List.of(TaskSpec.of("A", 0, Op.cpu(3), Op.io(2), Op.cpu(1)), TaskSpec.of("B", 1, Op.cpu(2))),
        1);
  }

  private static void assertRejected(Scenario s, String field, String limit) {
    InvalidScenarioException e =
        assertThrows(InvalidScenarioException.class, () -> ScenarioValidator.validate(s));
    assertEquals(field, e.field());
    assertEquals(limit, e.limit());
    assertTrue(e.getMessage().contains(limit), e.getMessage());
  }

  private static Scenario withTask(int i, UnaryOperator<TaskSpec> change) {
    List<TaskSpec> tasks = new ArrayList<>(valid().tasks());
    tasks.set(i, change.apply(tasks.get(i)));
    return valid().withTasks(tasks);
  }

  private static SchedulerSpec mlfq(List<MlfqLevel> levels, int boostTicks) {
    return new SchedulerSpec(Policy.MLFQ, 10, false, 0, levels, boostTicks, false, false, null);
  }

  @Test
  void aValidScenarioPasses() {
    assertDoesNotThrow(() -> ScenarioValidator.validate(valid()));
  }

  @Test
  void versionMustBeOne() {
    Scenario s = valid();
    assertRejected(new Scenario(2, s.title(), s.profile(), s.machine(), s.scheduler(), s.tasks(),
        1, null), "version", "== 1");
  }

  @Test
  void titleIsAtMostTwoHundredChars() {
    Scenario s = valid();
    String title = String.join("", Collections.nCopies(201, "x"));
    assertRejected(new Scenario(1, title, null, s.machine(), s.scheduler(), s.tasks(), 1, null),
        "title", "<= 200 chars");
  }

  @Test
  void coresAreOneToSixtyFour() {
    assertRejected(valid().withMachine(new Machine(0, 0)), "machine.cores", "1..64");
    assertRejected(valid().withMachine(new Machine(65, 0)), "machine.cores", "1..64");
  }

  @Test
  void contextSwitchTicksAreBounded() {
    assertRejected(valid().withMachine(new Machine(1, -1)), "machine.contextSwitchTicks",
        "0..1000");
    assertRejected(valid().withMachine(new Machine(1, 1001)), "machine.contextSwitchTicks",
        "0..1000");
  }

  @Test
  void taskCountIsOneToTwoHundredFiftySix() {
    assertRejected(valid().withTasks(List.of()), "tasks", ">= 1 task");
    List<TaskSpec> many = new ArrayList<>();
    for (int i = 0; i < 257; i++) {
      many.add(TaskSpec.of("T" + i, 0, Op.cpu(1)));
    }
    assertRejected(valid().withTasks(many), "tasks", "<= 256 tasks");
  }

  @Test
  void namesAreNonEmptyShortAndUnique() {
    assertRejected(withTask(1, t -> TaskSpec.of("", 0, Op.cpu(1))), "tasks[1].name", "non-empty");
    assertRejected(withTask(1, t -> TaskSpec.of(String.join("", Collections.nCopies(41, "n")), 0,
        Op.cpu(1))), "tasks[1].name", "<= 40 chars");
    assertRejected(withTask(1, t -> TaskSpec.of("A", 0, Op.cpu(1))), "tasks[1].name", "unique");
  }

  @Test
  void arrivalIsBounded() {
    assertRejected(withTask(0, t -> TaskSpec.of("A", -1, Op.cpu(1))), "tasks[0].arrival",
        "0..1000000");
    assertRejected(withTask(0, t -> TaskSpec.of("A", 1_000_001, Op.cpu(1))), "tasks[0].arrival",
        "0..1000000");
  }

  @Test
  void programsHaveOneToTenThousandOpsUnderTheNativeProfile() {
    assertRejected(withTask(1, t -> TaskSpec.of("B", 0)), "tasks[1].program", ">= 1 op");
    Op[] ops = new Op[10_001];
    java.util.Arrays.fill(ops, Op.cpu(1));
    assertRejected(withTask(1, t -> TaskSpec.of("B", 0, ops)), "tasks[1].program",
        "<= 10000 ops");
  }

  @Test
  void opsLastAtLeastOneTickUnderTheNativeProfile() {
    assertRejected(withTask(0, t -> TaskSpec.of("A", 0, Op.cpu(1), Op.io(0))),
        "tasks[0].program[1].io", "1..1000000");
    assertRejected(withTask(0, t -> TaskSpec.of("A", 0, Op.cpu(0))), "tasks[0].program[0].cpu",
        "1..1000000");
  }

  @Test
  void ostepProfilesAllowZeroLengthIo() {
    Scenario s = valid();
    for (Profile profile : List.of(Profile.OSTEP_PROCESS_RUN, Profile.OSTEP_MLFQ)) {
      Scenario ostep = new Scenario(1, "o", profile, s.machine(), s.scheduler(),
          List.of(TaskSpec.of("A", 0, Op.cpu(1), Op.io(0), Op.cpu(1))), 1, null);
      assertDoesNotThrow(() -> ScenarioValidator.validate(ostep), profile.toString());
    }
    Scenario negative = new Scenario(1, "o", Profile.OSTEP_PROCESS_RUN, s.machine(), s.scheduler(),
        List.of(TaskSpec.of("A", 0, Op.cpu(1), Op.io(-1))), 1, null);
    assertRejected(negative, "tasks[0].program[1].io", "0..1000000");
  }

  @Test
  void ostepProfilesAllowZeroCpuOpsAndEmptyPrograms() {
    Scenario s = valid();
    Scenario ostep = new Scenario(1, "o", Profile.OSTEP_SCHEDULER, s.machine(), s.scheduler(),
        List.of(TaskSpec.of("A", 0, Op.cpu(0)), TaskSpec.of("B", 0)), 1, null);
    assertDoesNotThrow(() -> ScenarioValidator.validate(ostep));
  }

  @Test
  void roundRobinAndLotteryNeedAQuantumOfAtLeastOne() {
    assertRejected(valid().withScheduler(SchedulerSpec.roundRobin(0)), "scheduler.quantumTicks",
        "1..1000000");
    assertRejected(valid().withScheduler(SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(0)),
        "scheduler.quantumTicks", "1..1000000");
    assertDoesNotThrow(() -> ScenarioValidator.validate(
        valid().withScheduler(SchedulerSpec.of(Policy.FIFO).withQuantumTicks(0))));
  }

  @Test
  void mlfqNeedsOneToSixteenLevelsWithPositiveQuantaAndAllotments() {
    assertRejected(valid().withScheduler(mlfq(List.of(), 0)), "scheduler.levels", "1..16 levels");
    assertRejected(valid().withScheduler(mlfq(Collections.nCopies(17, new MlfqLevel(1, 1)), 0)),
        "scheduler.levels", "1..16 levels");
    assertRejected(valid().withScheduler(mlfq(List.of(new MlfqLevel(1, 1), new MlfqLevel(0, 1)),
        0)), "scheduler.levels[1].quantumTicks", "1..1000000");
    assertRejected(valid().withScheduler(mlfq(List.of(new MlfqLevel(1, 1), new MlfqLevel(2, 0)),
        0)), "scheduler.levels[1].allotment", ">= 1");
    assertRejected(valid().withScheduler(mlfq(List.of(new MlfqLevel(1, 1)), -1)),
        "scheduler.boostTicks", ">= 0");
  }

  @Test
  void priorityTicketsAndAgingAreBounded() {
    assertRejected(withTask(0, t -> new TaskSpec("A", 0, 1001, 1, List.of(Op.cpu(1)))),
        "tasks[0].priority", "0..1000");
    assertRejected(withTask(0, t -> new TaskSpec("A", 0, -1, 1, List.of(Op.cpu(1)))),
        "tasks[0].priority", "0..1000");
    assertRejected(withTask(0, t -> new TaskSpec("A", 0, 0, 0, List.of(Op.cpu(1)))),
        "tasks[0].tickets", "1..1000000");
    assertRejected(valid().withScheduler(new SchedulerSpec(Policy.PRIORITY, 1, true, -1,
        List.of(), 0, false, false, null)), "scheduler.agingTicks", ">= 0");
  }

  @Test
  void missingPartsAreNamed() {
    assertRejected(valid().withMachine(null), "machine", "required");
    assertRejected(valid().withScheduler(null), "scheduler", "required");
    assertRejected(valid().withScheduler(SchedulerSpec.of(null)), "scheduler.policy", "required");
  }
}
