package org.timeslice.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.runtime.LaneState;
import org.timeslice.model.runtime.PyOp;
import org.timeslice.model.runtime.PyOpKind;
import org.timeslice.model.runtime.PyTask;
import org.timeslice.model.runtime.RuntimeEvent;
import org.timeslice.model.runtime.RuntimeKind;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.model.runtime.RuntimeScenario;
import org.timeslice.model.runtime.RuntimeSpec;
import org.timeslice.model.runtime.StartMethod;

/**
 * The JSON form of a Python-runtime scenario (docs/scenario-format.md, "Runtime scenarios") and of its
 * result. A scenario is a runtime scenario when it has a {@code runtime} object; every cost in it is
 * optional and defaults to the measured CPython costs at its {@code tickMicros} ({@link RuntimeSpec#defaults}).
 */
public final class RuntimeJson {
  private static final List<String> FIELDS = List.of("version", "title", "machine", "runtime", "tasks", "seed");
  private static final List<String> MACHINE_FIELDS = List.of("cores");
  private static final List<String> RUNTIME_FIELDS = List.of("kind", "tickMicros", "switchIntervalTicks",
      "handoffTicks", "wakeupTicks", "threadStartTicks", "startMethod", "processStartTicks", "ipcTicks",
      "poolWorkers", "parallelSpeedPercent", "osQuantumTicks", "executorWorkers");
  private static final List<String> TASK_FIELDS = List.of("name", "arrival", "program");

  private RuntimeJson() {}

  /** True if {@code root} describes a runtime scenario (it has a {@code runtime} object). */
  public static boolean isRuntimeScenario(JsonNode root) {
    return root != null && root.isObject() && root.has("runtime");
  }

  /** The runtime scenario of {@code root}, checked for structure and types (the model validates the rest). */
  public static RuntimeScenario fromTree(JsonNode root) {
    StrictObject doc = StrictObject.of(root, "").allowOnly(FIELDS);
    int version = doc.requiredInt("version");
    if (version != Limits.SCENARIO_VERSION) {
      throw new InvalidScenarioException("version", "== " + Limits.SCENARIO_VERSION,
          "version must be " + Limits.SCENARIO_VERSION + " but is " + version);
    }
    String title = doc.optionalString("title", "");
    StrictObject machine = doc.requiredObject("machine").allowOnly(MACHINE_FIELDS);
    int cores = machine.requiredInt("cores");
    RuntimeSpec spec = spec(doc.requiredObject("runtime").allowOnly(RUNTIME_FIELDS));
    List<PyTask> tasks = new ArrayList<>();
    for (StrictObject.Element e : doc.requiredArray("tasks")) {
      StrictObject t = StrictObject.of(e.node(), e.path()).allowOnly(TASK_FIELDS);
      List<PyOp> program = new ArrayList<>();
      for (StrictObject.Element op : t.requiredArray("program")) {
        program.add(op(op));
      }
      tasks.add(new PyTask(t.requiredString("name"), t.optionalInt("arrival", 0), program));
    }
    return new RuntimeScenario(title, cores, spec, tasks, doc.optionalLong("seed", 0L));
  }

  private static RuntimeSpec spec(StrictObject r) {
    String kindName = r.requiredString("kind");
    RuntimeKind kind = RuntimeKind.fromJsonName(kindName);
    if (kind == null) {
      throw new InvalidScenarioException("runtime.kind", "one of: cpython, free-threaded, multiprocessing, "
          + "asyncio, os-threads", "runtime.kind must be one of cpython, free-threaded, multiprocessing, "
          + "asyncio, os-threads, not \"" + kindName + "\"");
    }
    int tick = r.optionalInt("tickMicros", RuntimeSpec.DEFAULT_TICK_MICROS);
    RuntimeSpec d = RuntimeSpec.defaults(kind, tick);
    String methodName = r.optionalString("startMethod", d.startMethod().jsonName());
    StartMethod method = StartMethod.fromJsonName(methodName);
    if (method == null) {
      throw new InvalidScenarioException("runtime.startMethod", "one of: fork, forkserver, spawn",
          "runtime.startMethod must be fork, forkserver or spawn, not \"" + methodName + "\"");
    }
    int processStart = r.has("processStartTicks") ? r.requiredInt("processStartTicks")
        : RuntimeSpec.ticks(method.startMicros(), Math.max(1, tick));
    return new RuntimeSpec(kind, tick,
        r.optionalInt("switchIntervalTicks", d.switchIntervalTicks()),
        r.optionalInt("handoffTicks", d.handoffTicks()),
        r.optionalInt("wakeupTicks", d.wakeupTicks()),
        r.optionalInt("threadStartTicks", d.threadStartTicks()),
        method, processStart,
        r.optionalInt("ipcTicks", d.ipcTicks()),
        r.optionalInt("poolWorkers", d.poolWorkers()),
        r.optionalInt("parallelSpeedPercent", d.parallelSpeedPercent()),
        r.optionalInt("osQuantumTicks", d.osQuantumTicks()),
        r.optionalInt("executorWorkers", d.executorWorkers()));
  }

  /** An op is an object with exactly one key naming its kind ({@code cpu}, {@code io}, ...), value an int. */
  private static PyOp op(StrictObject.Element element) {
    StrictObject op = StrictObject.of(element.node(), element.path());
    List<String> keys = op.fieldNames();
    PyOpKind kind = null;
    for (PyOpKind k : PyOpKind.values()) {
      if (keys.size() == 1 && k.jsonName().equals(keys.get(0))) {
        kind = k;
      }
    }
    if (kind == null) {
      String shape = "{\"cpu\"|\"io\"|\"sleep\"|\"cext\"|\"awaitSleep\"|\"awaitIo\"|\"executor\"|\"queuePut\"|"
          + "\"awaitGet\": n}";
      throw new InvalidScenarioException(element.path(), shape,
          element.path() + " must be " + shape + " but has the keys " + keys);
    }
    return new PyOp(kind, op.requiredInt(kind.jsonName()));
  }

  /**
   * Streams the result: {@code runtime, wallTicks, wallMicros, lanes[{name, ticks{STATE: n}}],
   * gil{handoffs, dropRequests, forcedSwitches, waitTicks}, loopStallTicks, events[{tick, lane, from, to,
   * event, core}], hash}; a lane event off the cores has {@code "core": null}.
   */
  /** Streams {@code r} with all its events (the command line's form). */
  public static void write(RuntimeResult r, OutputStream out) throws IOException {
    write(r, RequestBudget.TracePage.ALL, out);
  }

  /**
   * Streams {@code r} with the events of {@code page} (null: none), {@code eventCount} first and
   * {@code eventsNext} after them, as the trace of a plain result is paged (docs/api.md).
   */
  public static void write(RuntimeResult r, RequestBudget.TracePage page, OutputStream out) throws IOException {
    try (JsonGenerator g = ScenarioJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("runtime", r.scenario().runtime().kind().jsonName());
      g.writeNumberField("wallTicks", r.wallTicks());
      g.writeNumberField("wallMicros", r.wallMicros());
      g.writeArrayFieldStart("lanes");
      for (int lane = 0; lane < r.laneNames().size(); lane++) {
        g.writeStartObject();
        g.writeStringField("name", r.laneNames().get(lane));
        g.writeObjectFieldStart("ticks");
        for (LaneState s : LaneState.values()) {
          g.writeNumberField(s.name(), r.ticks(lane, s));
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("gil");
      g.writeNumberField("handoffs", r.gil().handoffs());
      g.writeNumberField("dropRequests", r.gil().dropRequests());
      g.writeNumberField("forcedSwitches", r.gil().forcedSwitches());
      g.writeNumberField("waitTicks", r.gilWaitTicks());
      g.writeEndObject();
      g.writeNumberField("loopStallTicks", r.loopStallTicks());
      List<RuntimeEvent> events = r.events();
      g.writeNumberField("eventCount", events.size());
      int end = page == null ? 0 : page.end(events.size());
      if (page != null) {
        g.writeArrayFieldStart("events");
      }
      for (int i = page == null ? 0 : page.from(); i < end; i++) {
        RuntimeEvent e = events.get(i);
        g.writeStartObject();
        g.writeNumberField("tick", e.tick());
        g.writeNumberField("lane", e.lane());
        g.writeStringField("from", e.from().name());
        g.writeStringField("to", e.to().name());
        g.writeStringField("event", e.event().name());
        if (e.core() == RuntimeEvent.NO_CORE) {
          g.writeNullField("core");
        } else {
          g.writeNumberField("core", e.core());
        }
        g.writeEndObject();
      }
      if (page != null) {
        g.writeEndArray();
        ResultJson.writeNext(g, "eventsNext", end, events.size());
      }
      g.writeStringField("hash", r.hash());
      g.writeEndObject();
    }
  }
}
