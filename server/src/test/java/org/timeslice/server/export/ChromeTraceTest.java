package org.timeslice.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.export.ChromeTrace;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Presets;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;

/**
 * The Chrome trace-event export, parsed back with Jackson: the structure Perfetto needs (metadata naming
 * every track, complete slices with ts/dur in µs) and, for the round-robin example of
 * docs/scenario-format.md, exactly the slices worked out by hand there.
 */
class ChromeTraceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** docs/scenario-format.md, "A first example": one core, RR quantum 2, a 1-tick switch. */
  private static Scenario roundRobin() {
    return Scenario.of("Round robin, quantum 2", new Machine(1, 1), SchedulerSpec.roundRobin(2),
        List.of(TaskSpec.of("A", 0, Op.cpu(3)), TaskSpec.of("B", 1, Op.cpu(2), Op.io(3), Op.cpu(1))), 1);
  }

  private static JsonNode export(Scenario scenario) throws Exception {
    SimulationResult result = Simulator.run(scenario, false);
    return MAPPER.readTree(ChromeTrace.of(scenario, result));
  }

  /** "name@startTick+ticks" of every complete slice on (pid, tid), in order. */
  private static List<String> slices(JsonNode doc, int pid, int tid) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("traceEvents")) {
      if (e.get("ph").asText().equals("X") && e.get("pid").asInt() == pid && e.get("tid").asInt() == tid) {
        assertEquals(e.get("ts").asLong(), e.get("args").get("startTick").asLong() * 1000);
        assertEquals(e.get("dur").asLong(), e.get("args").get("ticks").asLong() * 1000);
        out.add(e.get("name").asText() + "@" + e.get("args").get("startTick").asInt() + "+"
            + e.get("args").get("ticks").asInt());
      }
    }
    out.sort((a, b) -> Integer.compare(start(a), start(b)));
    return out;
  }

  private static int start(String slice) {
    return Integer.parseInt(slice.substring(slice.indexOf('@') + 1, slice.indexOf('+')));
  }

  @Test
  void theCoreTrackShowsRunsAndSwitchesWorkedOutByHand() throws Exception {
    JsonNode doc = export(roundRobin());
    assertEquals(List.of("A@0+2", "context switch → B@2+1", "B@3+2", "context switch → A@5+1", "A@6+1",
        "context switch → B@8+1", "B@9+1"), slices(doc, 1, 1));
  }

  @Test
  void eachTaskTrackShowsRunningReadyAndWaiting() throws Exception {
    JsonNode doc = export(roundRobin());
    assertEquals(List.of("running@0+2", "ready (waiting for a core)@2+4", "running@6+1"), slices(doc, 2, 1));
    assertEquals(List.of("ready (waiting for a core)@1+2", "running@3+2", "waiting for I/O@5+3",
        "ready (waiting for a core)@8+1", "running@9+1"), slices(doc, 2, 2));
  }

  @Test
  void metadataNamesEveryTrackAndTheFileSaysWhatItIs() throws Exception {
    JsonNode doc = export(roundRobin());
    List<String> names = new ArrayList<>();
    for (JsonNode e : doc.get("traceEvents")) {
      assertTrue(e.has("ph") && e.has("pid") && e.has("name"), e.toString());
      if (e.get("ph").asText().equals("M") && e.get("name").asText().endsWith("_name")) {
        names.add(e.get("pid") + "/" + (e.has("tid") ? e.get("tid").asInt() : "-") + " "
            + e.get("args").get("name").asText());
      }
    }
    assertEquals(List.of("1/- Cores", "1/1 Core 0", "2/- Tasks", "2/1 A", "2/2 B"), names);
    assertEquals("ms", doc.get("displayTimeUnit").asText());
    assertEquals(Simulator.run(roundRobin(), false).hash(), doc.get("otherData").get("hash").asText());
    assertEquals(1000, doc.get("otherData").get("microsPerTick").asInt());
  }

  @Test
  void everyPresetExportsValidJsonWhoseRunningTimeMatchesTheMetrics() throws Exception {
    for (var preset : Presets.all()) {
      Scenario scenario = preset.scenario();
      SimulationResult result = Simulator.run(scenario, false);
      JsonNode doc = MAPPER.readTree(ChromeTrace.of(scenario, result));
      for (int i = 0; i < scenario.tasks().size(); i++) {
        long running = 0;
        for (String s : slices(doc, 2, i + 1)) {
          if (s.startsWith("running@")) {
            running += Integer.parseInt(s.substring(s.indexOf('+') + 1));
          }
        }
        assertEquals(result.tasks().get(i).cpuTicks(), running, preset.id() + " " + scenario.tasks().get(i).name());
      }
    }
  }

  @Test
  void titlesWithQuotesAndControlCharactersStayValidJson() throws Exception {
    Scenario base = roundRobin();
    Scenario odd = Scenario.of("say \"hi\" \\ \n\t\u0001 </script>", base.machine(), base.scheduler(),
        base.tasks(), base.seed());
    JsonNode doc = export(odd);
    assertEquals(odd.title(), doc.get("otherData").get("title").asText());
  }
}
