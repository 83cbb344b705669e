package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;
import org.timeslice.model.sim.Simulator;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** {@code GET /api/presets} lists the catalogue, and every listed scenario simulates to the JVM's hash. */
class PresetsApiTest {

  @Test
  void presetsAreListedInCatalogueOrderWithTheirScenarios() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = client.get("/api/presets");
      assertEquals(200, response.code());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
      JsonNode list = ScenarioJson.MAPPER.readTree(response.body().string());
      List<Preset> all = Presets.all();
      assertFalse(all.isEmpty());
      assertEquals(all.size(), list.size());
      for (int i = 0; i < all.size(); i++) {
        JsonNode item = list.get(i);
        assertEquals(List.of("id", "title", "description", "scenario"), SimulateApiTest.names(item));
        assertEquals(all.get(i).id(), item.get("id").textValue());
        assertEquals(all.get(i).title(), item.get("title").textValue());
        assertEquals(all.get(i).description(), item.get("description").textValue());
        assertEquals(all.get(i).scenario(), ScenarioJson.fromTree(item.get("scenario")), all.get(i).id());
      }
    });
  }

  @Test
  void everyPresetPostedBackToSimulateGivesTheModelsHash() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode list = ScenarioJson.MAPPER.readTree(client.get("/api/presets").body().string());
      for (JsonNode item : list) {
        Response response = SimulateApiTest.post(client, "/api/simulate", item.get("scenario").toString());
        String body = response.body().string();
        assertEquals(200, response.code(), item.get("id") + ": " + body);
        String expected = Simulator.run(Presets.byId(item.get("id").textValue()).scenario(), false).hash();
        assertEquals(expected, ScenarioJson.MAPPER.readTree(body).get("hash").textValue(), item.get("id").textValue());
      }
    });
  }
}
