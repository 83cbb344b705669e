package org.timeslice.model.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * Links as they were released. Each payload below must keep decoding to the scenario written out here by
 * hand, forever: if one fails, a change broke old links (a table, a tag, {@code FormatV1.EMPTY} or a
 * catalogue preset changed). Add a version 2 instead of changing version 1.
 */
class ShareGoldenTest {

  private static Scenario decoded(String payload, String tick, int expectedTick) {
    DecodeResult r = ShareUrl.decode(payload, tick);
    assertTrue(r.ok(), () -> "golden link no longer decodes: " + r.error());
    assertEquals(expectedTick, r.state().tick());
    return r.state().scenario();
  }

  private static Scenario scenario(String title, int cores, int switchTicks, SchedulerSpec spec,
      TaskSpec... tasks) {
    return new Scenario(1, title, null, new Machine(cores, switchTicks), spec, List.of(tasks), 1, null);
  }

  @Test
  void v1PresetWithoutChangesIsThePresetFrozenAsReleased() {
    Scenario s = decoded("1.AAtmaWZvLWNvbnZveQ", "14", 14);
    assertEquals(scenario("FIFO: the convoy effect", 1, 0, SchedulerSpec.of(Policy.FIFO),
        TaskSpec.of("A", 0, Op.cpu(100)), TaskSpec.of("B", 0, Op.cpu(10)),
        TaskSpec.of("C", 0, Op.cpu(10))), s);
    assertEquals("fifo-convoy", ShareUrl.decode("1.AAtmaWZvLWNvbnZveQ", null).state().presetId());
  }

  @Test
  void v1PresetWithOneChangeAppliesTheChangeToTheFrozenPreset() {
    Scenario s = decoded("1.ABxyci1zbWFsbC1xdWFudHVtLXN3aXRjaC1jb3N0BgM", "14", 14);
    TaskSpec[] three = {TaskSpec.of("A", 0, Op.cpu(12)), TaskSpec.of("B", 0, Op.cpu(12)),
        TaskSpec.of("C", 0, Op.cpu(12))};
    assertEquals(scenario("RR: a tiny quantum wastes the CPU", 1, 1, SchedulerSpec.roundRobin(3), three),
        s);
  }

  @Test
  void v1WholeScenarioWithoutPreset() {
    Scenario s = decoded("1.AAABG0xvdHRlcnk6IHByb3BvcnRpb25hbCBzaGFyZQUGBgIRAhIAAUEVAEsWAAFQEgEBQhUBGRYBAVA",
        null, 0);
    assertEquals(scenario("Lottery: proportional share", 1, 0,
        SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(2),
        new TaskSpec("A", 0, 0, 75, List.of(Op.cpu(40))),
        new TaskSpec("B", 0, 0, 25, List.of(Op.cpu(40)))), s);
  }

  @Test
  void v1CompressedWholeScenario() {
    Scenario s = decoded(
        "1.AWNgVPXU99dNyi_NS1FIBGLngFAoLys_qVihJD89tSQjtYiVmY1VkEmIgcnTX4yBl4kbCQoxMgM1iTEyBgAA", "3", 3);
    List<Op> io = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      io.add(Op.cpu(1));
      io.add(Op.io(5));
    }
    io.add(Op.cpu(1));
    assertEquals(scenario("I/O-bound and CPU-bound jobs together", 1, 0, SchedulerSpec.roundRobin(5),
        new TaskSpec("IO", 0, 0, 100, io), TaskSpec.of("CPU", 0, Op.cpu(40))), s);
  }

  @Test
  void v1CompressedPriorityStarvation() {
    Scenario s = decoded("1.AQ3HPQ4CIRAGUL6BYS0sECYTyy1t_S08wRQWXmFLmt0EiYm3l9c9B3m3urXaf8_505f2XXrd"
        + "Vg4TDlN2eInz6rDPIDsLoEDKRHYptBOC0qgnuxafxEP9aCC7lXCUAA2jTHYvPAtDeTSSPUo8SYRGpD8", null, 0);
    List<TaskSpec> tasks = new ArrayList<>();
    tasks.add(new TaskSpec("L", 0, 3, 100, List.of(Op.cpu(6))));
    for (int i = 0; i < 6; i++) {
      tasks.add(new TaskSpec("H" + (i + 1), i * 8, 1, 100, List.of(Op.cpu(8))));
    }
    SchedulerSpec priority = new SchedulerSpec(Policy.PRIORITY, 10, true, 0, List.of(), 0, false, false,
        RequeueOrder.NEW_ARRIVAL_FIRST);
    assertEquals(new Scenario(1, "Priority: starvation", null, new Machine(1, 0), priority, tasks, 1, null),
        s);
  }

  @Test
  void v1MlfqPresetKeepsItsLevels() {
    Scenario s = decoded("1.AAptbGZxLWJvb3N0", null, 0);
    assertEquals(List.of(new MlfqLevel(10, 1), new MlfqLevel(10, 1), new MlfqLevel(10, 1)),
        s.scheduler().levels());
    assertEquals(50, s.scheduler().boostTicks());
    assertTrue(s.scheduler().stayAfterIo());
  }

  @Test
  void v1WidgetOptionsTravelWithThePreset() {
    DecodeResult r = ShareUrl.decode("1.AAtmaWZvLWNvbnZveRcDY21wAlJS", null);
    assertTrue(r.ok(), () -> String.valueOf(r.error()));
    assertEquals(new TreeMap<>(java.util.Map.of("cmp", "RR")), r.state().options());
  }

  @Test
  void v1TinyHandWrittenLink() {
    // flags 0, preset "", TASK_COUNT 1, TASK_NAME 0 "A", TASK_PROGRAM 0 [cpu 5 = 5*2+0]
    Scenario s = decoded("1.AAARARIAAUEWAAEK", null, 0);
    assertEquals(new Scenario(1, "", null, new Machine(1, 0), SchedulerSpec.of(Policy.FIFO),
        List.of(TaskSpec.of("A", 0, Op.cpu(5))), 1, null), s);
  }

  @Test
  void theEncoderStillWritesTheReleasedFormForUncompressedLinks() {
    Scenario tiny = new Scenario(1, "", null, new Machine(1, 0), SchedulerSpec.of(Policy.FIFO),
        List.of(TaskSpec.of("A", 0, Op.cpu(5))), 1, null);
    assertEquals("1.AAARARIAAUEWAAEK", ShareUrl.payload(ShareState.of(tiny, null, 0)));
    Scenario convoy = ShareUrl.decode("1.AAtmaWZvLWNvbnZveQ", null).state().scenario();
    assertEquals("s=1.AAtmaWZvLWNvbnZveQ&t=14", ShareUrl.query(ShareState.of(convoy, "fifo-convoy", 14)));
    assertEquals("1.AAtmaWZvLWNvbnZveRcDY21wAlJS",
        ShareUrl.payload(ShareState.of(convoy, "fifo-convoy", 0).withOption("cmp", "RR")));
    assertNull(ShareUrl.tick(ShareState.of(convoy, null, 0)));
  }

  @Test
  void everyEnumValueHasAVersionOneCode() {
    // Adding a policy (or profile, op kind...) without appending it to FormatV1's tables fails here.
    assertEquals(Policy.values().length, FormatV1.POLICIES.length);
    assertEquals(org.timeslice.model.scenario.Profile.values().length, FormatV1.PROFILES.length);
    assertEquals(RequeueOrder.values().length, FormatV1.REQUEUE_ORDERS.length);
    assertEquals(org.timeslice.model.scenario.OpKind.values().length, FormatV1.OP_KINDS.length);
  }
}
