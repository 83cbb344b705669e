package org.timeslice.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.model.runtime.RuntimeSimulator;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.ScenarioValidator;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;
import org.timeslice.server.load.Admission;
import org.timeslice.server.load.ClientConnection;

/**
 * {@code POST /api/simulate[?include=trace,timeline&traceFrom=N&traceLimit=M]}: a scenario in, its result out
 * (docs/api.md). The handler validates, takes a turn ({@link Admission}: 429 when the queue is full), runs the
 * model within the request's {@link RequestBudget}, and writes the answer into a bounded buffer, so an answer
 * is either whole or a JSON error. Errors become JSON through {@link ApiErrors#guard}; a run whose client went
 * away stops and answers nothing.
 */
public final class SimulateApi {
  private static final int TOO_MANY_REQUESTS = 429;
  /** A simulation takes milliseconds to about a second (the budget bounds it), so a turn comes soon. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final long maxRequestBytes;
  private final RequestBudget budget;
  private final Admission admission;
  /** Runs stopped because their client went away (for tests and curiosity; never observable by clients). */
  private final java.util.concurrent.atomic.AtomicLong stoppedRuns = new java.util.concurrent.atomic.AtomicLong();

  public SimulateApi(long maxRequestBytes, RequestBudget budget, int maxConcurrent, int maxQueued) {
    this(maxRequestBytes, budget, new Admission(maxConcurrent, maxQueued));
  }

  /** The API, taking turns through {@code admission} (shared with the other endpoints that run the model). */
  public SimulateApi(long maxRequestBytes, RequestBudget budget, Admission admission) {
    this.maxRequestBytes = maxRequestBytes;
    this.budget = budget;
    this.admission = admission;
  }

  /** The turns of this endpoint (tests hold one to fill the queue). */
  Admission admission() {
    return admission;
  }

  long stoppedRuns() {
    return stoppedRuns.get();
  }

  /** Handles one request; register it as {@code ApiErrors.guard(api::simulate)}. */
  public void simulate(Context ctx) throws IOException, InterruptedException {
    RequestBody.requireJson(ctx);
    List<String> include = include(ctx.queryParams("include"));
    RequestBudget.TracePage page = include.contains("trace")
        ? budget.page(ctx.queryParam("traceFrom"), ctx.queryParam("traceLimit")) : null;
    boolean timeline = include.contains("timeline");
    JsonNode root = ScenarioJson.readTree(RequestBody.read(ctx, maxRequestBytes));
    boolean runtime = RuntimeJson.isRuntimeScenario(root);
    Scenario scenario = null;
    if (!runtime) {
      scenario = ScenarioJson.fromTree(root);
      ScenarioValidator.validate(scenario);
      budget.checkBeforeRun(scenario);
    } else if (timeline) {
      throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "include", "trace",
          "a runtime scenario has no timeline; include=trace gives its events");
    }
    Admission.Ticket ticket = enter(ctx, admission);
    ClientConnection client = ClientConnection.of(ctx);
    try (ticket) {
      compute(ctx, ticket, client, runtime ? root : null, scenario, page, timeline);
    } catch (org.timeslice.model.core.RunStoppedException e) {
      stoppedRuns.incrementAndGet();
      throw e;
    }
  }

  /** Waits for its turn, runs within the budget and answers; the client's leaving stops both. */
  private void compute(Context ctx, Admission.Ticket ticket, ClientConnection client, JsonNode runtimeRoot,
      Scenario scenario, RequestBudget.TracePage page, boolean timeline) throws IOException, InterruptedException {
    ticket.awaitSlot(client);
    ByteArrayOutputStream answer = budget.responseBuffer();
    if (runtimeRoot != null) {
      RuntimeResult result = RuntimeSimulator.run(RuntimeJson.fromTree(runtimeRoot), budget.forRun(client));
      RuntimeJson.write(result, page, answer);
    } else {
      ResultJson.write(run(scenario, timeline, budget.forRun(client)), page, answer);
    }
    ctx.status(HttpStatus.OK).contentType("application/json").result(answer.toByteArray());
  }

  /**
   * A turn of {@code admission}, or a 429 with {@code Retry-After} when every slot and queue place is taken.
   * Every endpoint that runs the model takes its turns here.
   */
  static Admission.Ticket enter(Context ctx, Admission admission) {
    Admission.Ticket ticket = admission.tryEnter();
    if (ticket == null) {
      ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      throw new ApiException(TOO_MANY_REQUESTS, null, admission.describe("Simulations"),
          "the server is busy with other simulations; try again in " + RETRY_AFTER_SECONDS + " s");
    }
    return ticket;
  }

  /** Runs once; with a timeline asked for, checks its size and runs again to build it. */
  private SimulationResult run(Scenario scenario, boolean timeline, RunBudget runBudget) {
    SimulationResult result = Simulator.run(scenario, false, runBudget);
    if (!timeline) {
      return result;
    }
    budget.checkTimeline(scenario.tasks().size() + scenario.machine().cores(), result.makespan());
    return Simulator.run(scenario, true, runBudget);
  }

  /** {@code include} values (repeated or comma-separated): {@code trace}, {@code timeline}. */
  static List<String> include(List<String> values) {
    List<String> parts = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        if (!part.equals("trace") && !part.equals("timeline")) {
          throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "include", "trace, timeline",
              "the query parameter include may only list \"trace\" and \"timeline\", not \""
                  + (part.length() > 40 ? part.substring(0, 40) + "…" : part) + "\"");
        }
        parts.add(part);
      }
    }
    return parts;
  }
}
