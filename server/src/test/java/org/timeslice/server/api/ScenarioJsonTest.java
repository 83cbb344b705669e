package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/** The scenario codec on its own: defaults, canonical output, and the JSON path of every error. */
class ScenarioJsonTest {
  private static final String MINIMAL = """
      {"version": 1, "machine": {"cores": 2}, "scheduler": {"policy": "RR"},
       "tasks": [{"name": "A", "program": [{"cpu": 5}, {"io": 3}]}]}""";

  @Test
  void omittedOptionalFieldsTakeTheDocumentedDefaults() {
    Scenario s = ScenarioJson.parse(MINIMAL);
    assertEquals("", s.title());
    assertEquals(Profile.NATIVE, s.profile());
    assertEquals(new Machine(2, 0), s.machine());
    assertEquals(SchedulerSpec.of(Policy.RR), s.scheduler());
    assertEquals(List.of(new TaskSpec("A", 0, 0, 100, List.of(Op.cpu(5), Op.io(3)))), s.tasks());
    assertEquals(0L, s.seed());
    assertEquals(OstepOptions.defaults(), s.ostep());
  }

  @Test
  void writingOmitsDefaultsAndKeepsACanonicalFieldOrder() {
    assertEquals("{\"version\":1,\"title\":\"\",\"machine\":{\"cores\":2,\"contextSwitchTicks\":0},"
        + "\"scheduler\":{\"policy\":\"RR\"},\"tasks\":[{\"name\":\"A\",\"arrival\":0,"
        + "\"program\":[{\"cpu\":5},{\"io\":3}]}],\"seed\":0}", ScenarioJson.write(ScenarioJson.parse(MINIMAL)));
  }

  @Test
  void everyFieldIsWrittenWhenItDiffersFromItsDefault() {
    SchedulerSpec mlfq = new SchedulerSpec(Policy.MLFQ, 3, true, 4, List.of(new MlfqLevel(2, 1)), 50, true, true,
        RequeueOrder.PREEMPTED_FIRST);
    Scenario s = new Scenario(1, "t", Profile.OSTEP_MLFQ, new Machine(1, 0), mlfq,
        List.of(new TaskSpec("A", 3, 2, 7, List.of(Op.cpu(1)))), -5,
        new OstepOptions(OstepOptions.SwitchBehavior.SWITCH_ON_END, OstepOptions.IoDoneBehavior.IO_RUN_IMMEDIATE));
    String json = ScenarioJson.write(s);
    for (String field : List.of("\"profile\":\"ostep-mlfq\"", "\"quantumTicks\":3", "\"preemptive\":true",
        "\"agingTicks\":4", "\"levels\":[{\"quantumTicks\":2,\"allotment\":1}]", "\"boostTicks\":50",
        "\"stayAfterIo\":true", "\"ioBumpToFront\":true", "\"requeueOrder\":\"PREEMPTED_FIRST\"",
        "\"priority\":2", "\"tickets\":7", "\"seed\":-5", "\"switchBehavior\":\"SWITCH_ON_END\"",
        "\"ioDoneBehavior\":\"IO_RUN_IMMEDIATE\"")) {
      assertTrue(json.contains(field), field + " in " + json);
    }
  }

  @Test
  void errorsNameTheJsonPathOfDeeplyNestedFields() {
    assertField("scheduler.levels[1].allotment", "integer", MINIMAL.replace("\"policy\": \"RR\"",
        "\"policy\": \"MLFQ\", \"levels\": [{\"quantumTicks\": 1, \"allotment\": 1},"
            + " {\"quantumTicks\": 1, \"allotment\": true}]"));
    assertField("scheduler.levels[0].allotment", "required", MINIMAL.replace("\"policy\": \"RR\"",
        "\"policy\": \"MLFQ\", \"levels\": [{\"quantumTicks\": 1}]"));
    assertField("tasks[0].program[1]", "object", MINIMAL.replace("{\"io\": 3}", "3"));
    assertField("tasks[0].program[1].io", "integer", MINIMAL.replace("{\"io\": 3}", "{\"io\": \"3\"}"));
    assertField("tasks[0]", "object", MINIMAL.replace("[{\"name\"", "[7, {\"name\""));
    assertField("tasks[0].name", "required", MINIMAL.replace("\"name\": \"A\", ", ""));
    assertField("ostep.switch", null, MINIMAL.replace("{\"version\": 1,", "{\"version\": 1, \"ostep\": {\"switch\": 1},"));
    assertField("ostep.ioDoneBehavior", null,
        MINIMAL.replace("{\"version\": 1,", "{\"version\": 1, \"ostep\": {\"ioDoneBehavior\": \"LATER\"},"));
    assertField("seed", "-9223372036854775808..9223372036854775807",
        MINIMAL.replace("{\"version\": 1,", "{\"version\": 1, \"seed\": 9223372036854775808,"));
  }

  @Test
  void syntaxErrorsSayWhereTheyAre() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> ScenarioJson.parse("{\n  \"version\": 1,\n  oops\n}"));
    assertEquals("body", e.field());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void invalidUtf8IsASyntaxErrorNotACrash() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> ScenarioJson.parse(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
    assertEquals("body", e.field());
  }

  private static void assertField(String field, String limit, String json) {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioJson.parse(json));
    assertEquals(field, e.field(), e.getMessage());
    if (limit != null) {
      assertEquals(limit, e.limit(), e.getMessage());
    }
  }
}
