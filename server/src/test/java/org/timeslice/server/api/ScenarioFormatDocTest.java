package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.model.ostep.OstepCommandLine;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;

/**
 * The scenario examples in the docs cannot rot: every ```json block that is a scenario (it has
 * {@code tasks}) in docs/scenario-format.md, docs/ostep-profiles.md and docs/api.md must parse, validate
 * and simulate; a preceding {@code <!-- expect key=value … -->} line pins makespan, contextSwitches and
 * hash; and an OSTEP example whose title is a tool's command line must give the same trace hash as that
 * command line parsed by {@link OstepCommandLine}.
 */
class ScenarioFormatDocTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern BLOCK = Pattern.compile(
      "(?:<!-- expect ([^>]*) -->\\s*\\n)?```json\\n(.*?)\\n```", Pattern.DOTALL);

  record Example(String doc, int index, String json, Map<String, String> expect) {
    @Override
    public String toString() {
      return doc + " #" + index;
    }
  }

  static Stream<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String doc : List.of("scenario-format.md", "ostep-profiles.md", "api.md")) {
      String text = Files.readString(DOCS.resolve(doc), StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      int index = 0;
      while (m.find()) {
        JsonNode tree = parseOrNull(m.group(2), doc);
        if (tree != null && tree.isObject() && tree.has("tasks") && tree.has("scheduler")) {
          examples.add(new Example(doc, ++index, m.group(2), expectations(m.group(1))));
        }
      }
    }
    return examples.stream();
  }

  /** Other pages abbreviate results with "…"; every block of the format page must be complete JSON. */
  private static JsonNode parseOrNull(String json, String doc) throws IOException {
    try {
      return ScenarioJson.MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (doc.equals("scenario-format.md")) {
        throw e;
      }
      return null;
    }
  }

  private static Map<String, String> expectations(String line) {
    Map<String, String> expect = new LinkedHashMap<>();
    if (line != null) {
      for (String pair : line.trim().split("\\s+")) {
        String[] kv = pair.split("=", 2);
        expect.put(kv[0], kv[1]);
      }
    }
    return expect;
  }

  @Test
  void theDocsHaveTheExamplesThisTestExpects() throws IOException {
    List<Example> all = examples().toList();
    long formatExamples = all.stream().filter(e -> e.doc().equals("scenario-format.md")).count();
    // One native RR, priority, MLFQ and lottery example, and one per OSTEP profile.
    assertEquals(8, formatExamples, all.toString());
    assertTrue(all.stream().filter(e -> e.doc().equals("scenario-format.md"))
        .allMatch(e -> e.expect().containsKey("makespan")), "every example of the format page pins its makespan");
  }

  @Test
  void theReadmeExampleFileGivesTheResultTheReadmeShows() throws IOException {
    Scenario scenario = ScenarioJson.parse(Files.readAllBytes(DOCS.resolve("examples/round-robin.json")));
    SimulationResult result = Simulator.run(scenario, false);
    assertEquals(10, result.makespan());
    assertEquals(3, result.contextSwitches());
    assertEquals("675ec0b531dda78f", result.hash());
    String readme = Files.readString(DOCS.resolve("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("simulate docs/examples/round-robin.json") && readme.contains(result.hash()),
        "the README shows this file's command and hash");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleRunsAndGivesThePinnedFigures(Example example) {
    Scenario scenario = ScenarioJson.parse(example.json());
    SimulationResult result = Simulator.run(scenario, false);
    Map<String, String> expect = example.expect();
    if (expect.containsKey("makespan")) {
      assertEquals(Integer.parseInt(expect.get("makespan")), result.makespan(), "makespan");
    }
    if (expect.containsKey("contextSwitches")) {
      assertEquals(Integer.parseInt(expect.get("contextSwitches")), result.contextSwitches(), "contextSwitches");
    }
    if (expect.containsKey("hash")) {
      assertEquals(expect.get("hash"), result.hash(), "hash");
    }
    String title = scenario.title();
    if (title.startsWith("scheduler.py") || title.startsWith("process-run.py") || title.startsWith("mlfq.py")) {
      SimulationResult fromCommandLine = Simulator.run(OstepCommandLine.parse(title), false);
      assertEquals(fromCommandLine.hash(), result.hash(), "the JSON example and `" + title + "` differ");
    }
  }
}
