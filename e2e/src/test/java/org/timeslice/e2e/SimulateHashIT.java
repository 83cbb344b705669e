package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;
import org.timeslice.model.trace.Trace;
import org.timeslice.model.trace.TraceEvent;

/**
 * The browser (TeaVM) and the server (JVM) run the same model: for every preset, the trace hash the
 * browser computes equals the {@code hash} of {@code POST /api/simulate}, and the trace the API returns is
 * exactly the trace that hash was computed from.
 */
class SimulateHashIT extends BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyPresetHasTheSameTraceHashInTheBrowserAndFromTheApi() throws Exception {
    List<Preset> presets = Presets.all();
    assertFalse(presets.isEmpty(), "the catalogue is empty");
    openApp("/");
    APIRequestContext api = page.request();
    JsonNode listed = JSON.readTree(api.get(url("/api/presets")).text());
    assertEquals(presets.size(), listed.size(), "GET /api/presets lists the whole catalogue");
    for (JsonNode preset : listed) {
      String id = preset.get("id").textValue();
      APIResponse response = api.post(url("/api/simulate?include=trace"), RequestOptions.create()
          .setHeader("Content-Type", "application/json")
          .setData(preset.get("scenario").toString()));
      assertEquals(200, response.status(), id + ": " + response.text());
      JsonNode result = JSON.readTree(response.text());
      String apiHash = result.get("hash").textValue();

      Object browserHash = page.evaluate("id => presetHash(id)", id);
      assertEquals(apiHash, browserHash, "preset " + id + ": the browser's trace hash differs from the API's");
      assertEquals(apiHash, Trace.hash(events(result.get("trace"))),
          "preset " + id + ": the API's JSON trace is not the trace its hash was computed from");
    }
    assertNoProblems();
  }

  @Test
  void anUnknownPresetHasNoHashInTheBrowser() {
    openApp("/");
    assertEquals(null, page.evaluate("() => presetHash('no-such-preset')"));
    assertNoProblems();
  }

  /** The JSON trace back as model events ({@code "core": null} is {@link TraceEvent#NO_CORE}). */
  private static List<TraceEvent> events(JsonNode trace) {
    List<TraceEvent> events = new ArrayList<>();
    for (JsonNode e : trace) {
      int core = e.get("core").isNull() ? TraceEvent.NO_CORE : e.get("core").intValue();
      events.add(new TraceEvent(e.get("tick").intValue(), e.get("task").textValue(),
          State.valueOf(e.get("from").textValue()), State.valueOf(e.get("to").textValue()),
          Event.valueOf(e.get("event").textValue()), core));
    }
    return events;
  }
}
