package org.timeslice.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;

/**
 * {@code GET /api/presets}: the model's preset catalogue, in catalogue order, as
 * {@code [{"id", "title", "description", "scenario": {…}}]} with each scenario in the canonical form of
 * {@link ScenarioJson}, ready to be posted to {@code /api/simulate}. The catalogue is fixed per build, so
 * the JSON is rendered once.
 */
public final class PresetsApi {
  private final String json;

  public PresetsApi() {
    ArrayNode list = ScenarioJson.MAPPER.createArrayNode();
    for (Preset preset : Presets.all()) {
      ObjectNode item = list.addObject();
      item.put("id", preset.id());
      item.put("title", preset.title());
      item.put("description", preset.description());
      item.set("scenario", ScenarioJson.toTree(preset.scenario()));
    }
    json = list.toString();
  }

  public void presets(Context ctx) {
    ctx.contentType("application/json").result(json);
  }
}
