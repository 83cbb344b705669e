package org.timeslice.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;

/**
 * {@code POST /api/simulate}: a scenario in, its result out (docs/api.md). The handler only validates, calls
 * the model and writes; errors become JSON through {@link ApiErrors#guard}.
 */
public final class SimulateApi {
  private final long maxRequestBytes;

  public SimulateApi(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Handles one request; register it as {@code ApiErrors.guard(api::simulate)}. */
  public void simulate(Context ctx) throws IOException {
    RequestBody.requireJson(ctx);
    boolean forceTimeline = includeTimeline(ctx.queryParams("include"));
    com.fasterxml.jackson.databind.JsonNode root = ScenarioJson.readTree(RequestBody.read(ctx, maxRequestBytes));
    if (RuntimeJson.isRuntimeScenario(root)) { // a Python-runtime scenario (docs/scenario-format.md)
      org.timeslice.model.runtime.RuntimeResult runtime =
          org.timeslice.model.runtime.RuntimeSimulator.run(RuntimeJson.fromTree(root));
      ctx.status(HttpStatus.OK).contentType("application/json");
      RuntimeJson.write(runtime, ctx.outputStream());
      return;
    }
    Scenario scenario = ScenarioJson.fromTree(root);
    org.timeslice.model.scenario.ScenarioValidator.validate(scenario);
    SimulationResult result = TimelineRule.simulate(scenario, forceTimeline);
    ctx.status(HttpStatus.OK).contentType("application/json");
    ResultJson.write(result, ctx.outputStream());
  }

  /** {@code ?include=timeline} forces the timeline; no other value is known. */
  static boolean includeTimeline(List<String> include) {
    for (String value : include) {
      if (!value.equals("timeline")) {
        throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "include", "timeline",
            "the query parameter include may only be \"timeline\", not \"" + value + "\"");
      }
    }
    return !include.isEmpty();
  }
}
