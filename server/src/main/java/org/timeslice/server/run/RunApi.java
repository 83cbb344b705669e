package org.timeslice.server.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.timeslice.server.api.ApiException;
import org.timeslice.server.api.RequestBody;
import org.timeslice.model.core.RunStoppedException;
import org.timeslice.server.load.Admission;
import org.timeslice.server.load.ClientConnection;
import org.timeslice.server.run.Catalogue.Model;
import org.timeslice.server.run.Catalogue.RunRuntime;
import org.timeslice.server.run.Catalogue.Workload;

/**
 * {@code GET /api/run/capabilities} and {@code POST /api/run} (docs/api-run.md). Register both through
 * {@code ApiErrors.guard}: every refusal is an {@link ApiException} carrying its status.
 */
public final class RunApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int CONFLICT = 409;
  private static final int SERVICE_UNAVAILABLE = 503;
  public static final String DISABLED = "real runs are turned off on this server";
  /** What the static copy of the site says ({@code export-site}, docs/hosting.md). */
  public static final String STATIC_SITE = "this is a static copy of Timeslice, and real runs need the Timeslice"
      + " server (see docs/hosting.md)";

  private final RunConfig config;
  private final Toolchains toolchains;
  private final ProcessRunner processRunner;
  private final Runner runner;
  private final Admission admission;
  /** False when the operator turned real runs off ({@code --real-runs off}, docs/hosting.md). */
  private final boolean enabled;
  /** Set on SIGTERM: no new runs, queued ones leave ({@link #beginShutdown}). */
  private volatile boolean shuttingDown;
  /** Set when the shutdown's grace period is (nearly) over: running runs are stopped. */
  private volatile boolean cancelRunning;

  /** Why runs are unavailable when they are turned off (said by capabilities and a 409). */
  private final String disabledReason;

  public RunApi(RunConfig config) {
    this(config, true, DISABLED);
  }

  /**
   * The API; with {@code enabled} false it runs nothing and says why ({@code disabledReason}) in capabilities
   * and in the 409 answered to a run.
   */
  public RunApi(RunConfig config, boolean enabled, String disabledReason) {
    this.config = config;
    this.enabled = enabled;
    this.disabledReason = disabledReason;
    Scripts scripts = Scripts.unpack(config.scratchDir());
    this.toolchains = new Toolchains(config, scripts);
    this.processRunner = new ProcessRunner(config, scripts, toolchains);
    this.runner = config.runner() != null ? config.runner() : processRunner;
    this.admission = new Admission(config.maxConcurrentRuns(), config.maxQueuedRuns());
    if (enabled && config.runner() == null) {
      RunOwner.sweep(); // runs left behind by a server that died (docs/api-run.md, "No orphans")
    }
  }

  /** {@code GET /api/run/capabilities}: runtimes with their available models, the catalogue, limits, load. */
  public void capabilities(Context ctx) throws InterruptedException {
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode runtimes = body.putArray("runtimes");
    if (!enabled) {
      for (RunRuntime runtime : List.of(RunRuntime.JVM, RunRuntime.PYTHON)) {
        runtimes.addObject().put("runtime", runtime.wireName()).put("available", false).put("reason", disabledReason);
      }
      capabilitiesTail(body);
      ctx.header("Cache-Control", "no-store").json(body);
      return;
    }
    Toolchains.Jvm jvm = toolchains.jvm();
    ObjectNode jvmNode = runtimes.addObject().put("runtime", RunRuntime.JVM.wireName())
        .put("available", jvm.available());
    if (jvm.available()) {
      jvmNode.put("version", jvm.version()).put("virtualThreads", jvm.virtualThreads());
      ArrayNode models = jvmNode.putArray("models");
      for (Model model : Catalogue.modelsFor(RunRuntime.JVM)) {
        if (model != Model.VIRTUAL_THREADS || jvm.virtualThreads()) {
          models.add(model.wireName());
        }
      }
    } else {
      jvmNode.put("reason", jvm.reason());
    }
    Toolchains.Python python = toolchains.python();
    ObjectNode pythonNode = runtimes.addObject().put("runtime", RunRuntime.PYTHON.wireName())
        .put("available", python.available());
    if (python.available()) {
      pythonNode.put("implementation", python.implementation()).put("version", python.version())
          .put("freeThreaded", python.freeThreaded()).put("gilEnabled", python.gilEnabled());
      ArrayNode models = pythonNode.putArray("models");
      Catalogue.modelsFor(RunRuntime.PYTHON).forEach(model -> models.add(model.wireName()));
    } else {
      pythonNode.put("reason", "python is not available on this server");
    }
    capabilitiesTail(body);
    ctx.header("Cache-Control", "no-store").json(body);
  }

  /** What capabilities says whether or not runs are enabled: the catalogue, cores, limits, load. */
  private void capabilitiesTail(ObjectNode body) {
    ArrayNode workloads = body.putArray("workloads");
    Catalogue.wireNames(Workload.values()).forEach(workloads::add);
    body.put("cores", Runtime.getRuntime().availableProcessors());
    ObjectNode limits = body.putObject("limits");
    limits.putObject("workers").put("min", 1).put("max", RunConfig.MAX_WORKERS);
    limits.putObject("size").put("min", 1).put("max", RunConfig.MAX_SIZE);
    limits.put("maxConcurrentRuns", config.maxConcurrentRuns()).put("maxQueuedRuns", config.maxQueuedRuns())
        .put("timeLimitMillis", config.timeLimitMillis()).put("maxOutputBytes", config.maxOutputBytes())
        .put("retryAfterSeconds", config.retryAfterSeconds());
    body.putObject("load").put("running", admission.running()).put("queued", admission.queued());
  }

  /** {@code POST /api/run}: validate (400), check the runtime (409), admit (429), run (504/500), answer. */
  public void run(Context ctx) throws IOException, InterruptedException {
    RequestBody.requireJson(ctx);
    RunRequest request = RunRequest.parse(RequestBody.read(ctx, RunConfig.MAX_REQUEST_BYTES));
    if (!enabled) {
      throw new ApiException(CONFLICT, "runtime", "real runs enabled", disabledReason);
    }
    if (shuttingDown) {
      throw shuttingDown(ctx, "the server is shutting down and starts no new runs");
    }
    processRunner.command(request); // 409 before taking a place in the queue
    Admission.Ticket ticket = admission.tryEnter();
    if (ticket == null) {
      ctx.header("Retry-After", Integer.toString(config.retryAfterSeconds()));
      throw new ApiException(TOO_MANY_REQUESTS, null, admission.describe("Runs"),
          "the server is busy with other runs; try again in " + config.retryAfterSeconds() + " s");
    }
    ClientConnection client = ClientConnection.of(ctx);
    try (ticket) {
      long queuedFrom = System.nanoTime();
      ticket.awaitSlot(() -> shuttingDown || client.gone());
      long queuedMillis = (System.nanoTime() - queuedFrom) / 1_000_000;
      ObjectNode result = runner.run(request, () -> cancelRunning || client.gone());
      result.put("queuedMillis", queuedMillis);
      ObjectNode echo = result.putObject("request");
      echo.put("runtime", request.runtime().wireName()).put("workload", request.workload().wireName())
          .put("model", request.model().wireName()).put("workers", request.workers())
          .put("size", request.size());
      ctx.header("Cache-Control", "no-store").json(result);
    } catch (RunStoppedException e) {
      if (shuttingDown) {
        throw shuttingDown(ctx, "the server is shutting down; the run was stopped before it finished");
      }
      throw e; // the client went away: nothing to answer
    }
  }

  /**
   * On SIGTERM (Javalin's stopping event): new and queued runs are answered 503 at once; running ones may
   * finish within {@code graceMillis}, less a margin in which the stopped ones are answered 503 before the
   * server closes its connections (its own stop timeout is the same grace).
   */
  public void beginShutdown(long graceMillis) {
    shuttingDown = true;
    long margin = Math.min(2_000, graceMillis / 2);
    Thread grace = new Thread(() -> {
      try {
        Thread.sleep(graceMillis - margin);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancelRunning = true;
    }, "timeslice-run-grace");
    grace.setDaemon(true);
    grace.start();
  }

  private ApiException shuttingDown(Context ctx, String message) {
    ctx.header("Retry-After", Integer.toString(config.retryAfterSeconds()));
    return new ApiException(SERVICE_UNAVAILABLE, null, null, message + "; try again in a moment");
  }
}
