package org.timeslice.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.RunStoppedException;
import org.slf4j.LoggerFactory;
import org.timeslice.server.api.ApiException;
import org.timeslice.server.run.Catalogue.Model;
import org.timeslice.server.run.Catalogue.RunRuntime;

/**
 * The real {@link Runner}: one child process per run, {@code python3 -I -B workload.py ...} or
 * {@code java ... JvmWorkload ...}, whose argv holds only catalogue names and validated integers.
 */
final class ProcessRunner implements Runner {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessRunner.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CONFLICT = 409;
  private static final int INTERNAL_ERROR = 500;
  private static final int TIMED_OUT = 504;

  private final RunConfig config;
  private final Scripts scripts;
  private final Toolchains toolchains;

  ProcessRunner(RunConfig config, Scripts scripts, Toolchains toolchains) {
    this.config = config;
    this.scripts = scripts;
    this.toolchains = toolchains;
  }

  @Override
  public ObjectNode run(RunRequest request) throws InterruptedException {
    return run(request, () -> false);
  }

  @Override
  public ObjectNode run(RunRequest request, RunBudget.StopSignal cancel) throws InterruptedException {
    List<String> command = command(request);
    ChildProcess.Outcome outcome;
    try {
      outcome = ChildProcess.run(command, scripts.dir(), Toolchains.childEnvironment(),
          config.timeLimitMillis(), config.maxOutputBytes(), cancel);
    } catch (ChildProcess.Killed e) {
      if (e.reason() == ChildProcess.Killed.Reason.CANCELLED) {
        throw new RunStoppedException();
      }
      if (e.reason() == ChildProcess.Killed.Reason.TIME_LIMIT) {
        throw new ApiException(TIMED_OUT, null, "timeLimitMillis <= " + config.timeLimitMillis(),
            "the run took longer than its time limit of " + config.timeLimitMillis()
                + " ms and was stopped (every process it started was killed); try a smaller size or fewer workers");
      }
      throw new ApiException(INTERNAL_ERROR, null, "maxOutputBytes <= " + config.maxOutputBytes(),
          "the run wrote more than " + config.maxOutputBytes() + " bytes and was stopped");
    } catch (IOException e) {
      LOG.warn("cannot start {}", command, e);
      throw new ApiException(CONFLICT, "runtime", "available runtime",
          "the " + request.runtime().wireName() + " runtime could not be started on this server");
    }
    if (outcome.exitCode() != 0) {
      LOG.warn("run {} exited with {}: {}", request, outcome.exitCode(), outcome.stderr());
      throw new ApiException(INTERNAL_ERROR, null, null,
          "the run failed (exit code " + outcome.exitCode() + ")");
    }
    try {
      JsonNode result = MAPPER.readTree(outcome.stdout());
      if (result == null || !result.isObject() || !result.has("workers")) {
        throw new IOException("not a result object");
      }
      return (ObjectNode) result;
    } catch (IOException e) {
      LOG.warn("run {} printed no result: {}", request, e.getMessage());
      throw new ApiException(INTERNAL_ERROR, null, null, "the run printed no valid result");
    }
  }

  /** The child's argv, or 409 if the runtime (or virtual threads) is not available here. */
  List<String> command(RunRequest request) throws InterruptedException {
    String workload = request.workload().wireName();
    String model = request.model().wireName();
    String workers = Integer.toString(request.workers());
    String size = Integer.toString(request.size());
    String scale = Integer.toString(config.workScalePercent());
    if (request.runtime() == RunRuntime.PYTHON) {
      Toolchains.Python python = toolchains.python();
      if (!python.available()) {
        throw unavailable("runtime", "python", "python is not available on this server: " + python.reason());
      }
      return List.of(python.executable().toString(), "-I", "-B", scripts.workload().toString(),
          workload, model, workers, size, scale);
    }
    Toolchains.Jvm jvm = toolchains.jvm();
    if (!jvm.available()) {
      throw unavailable("runtime", "jvm", "the jvm runtime is not available on this server: " + jvm.reason());
    }
    if (request.model() == Model.VIRTUAL_THREADS && !jvm.virtualThreads()) {
      throw unavailable("model", "a JDK >= 21",
          "virtual threads need a JDK 21 or newer; this server runs JVM workloads on Java " + jvm.version());
    }
    return List.of(jvm.executable().toString(), "-XX:-UsePerfData", "-XX:+UseSerialGC", "-Xmx64m",
        "-Dtimeslice.run=" + scripts.dir(), "-cp", codeSource(), JvmWorkload.class.getName(),
        workload, model, workers, size, scale);
  }

  private static ApiException unavailable(String field, String limit, String message) {
    return new ApiException(CONFLICT, field, limit, message);
  }

  /** Where {@link JvmWorkload} was loaded from (a classes directory or the server's jar). */
  private static String codeSource() {
    try {
      return Path.of(JvmWorkload.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot locate the JvmWorkload class", e);
    }
  }
}
