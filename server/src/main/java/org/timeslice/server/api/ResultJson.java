package org.timeslice.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.TaskMetrics;
import org.timeslice.model.sim.Timeline;
import org.timeslice.model.trace.TraceEvent;

/**
 * Writes a {@link SimulationResult} as the result JSON of docs/api.md, streaming with a
 * {@link JsonGenerator}: memory use is independent of the result's size (a million-event trace is never
 * held as a tree or a string).
 *
 * <p>Field order and names are fixed: {@code makespan, tasks[{name, arrival, firstRun, completion,
 * response, turnaround, wait, cpuTicks, ioTicks}], averages{response, turnaround, wait}, cpuBusyTicks,
 * ioBusyTicks, contextSwitches, cpuUtilization, timeline{cores, states}} (absent when the result has none)
 * {@code , traceEvents, trace[{tick, task, from, to, event, core}], traceNext, hash}. {@code trace} holds
 * one page of the events ({@link RequestBudget.TracePage}; absent when none was asked for) and
 * {@code traceNext} the index of the first event after it, or null at the end. A trace event off the cores
 * has {@code "core": null}.
 */
public final class ResultJson {
  private ResultJson() {}

  /** Streams {@code result} with its whole trace as UTF-8 JSON to {@code out}, flushing but not closing it. */
  public static void write(SimulationResult result, OutputStream out) throws IOException {
    write(result, RequestBudget.TracePage.ALL, out);
  }

  /** Streams {@code result} with the events of {@code page} (null: none) to {@code out}. */
  public static void write(SimulationResult result, RequestBudget.TracePage page, OutputStream out)
      throws IOException {
    try (JsonGenerator g = ScenarioJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(result, page, g);
    }
  }

  /** The result JSON as a string; for tests and small results. */
  public static String toJson(SimulationResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code result} with the events of {@code page} (null: none) as one JSON object to {@code g}. */
  public static void write(SimulationResult result, RequestBudget.TracePage page, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("makespan", result.makespan());
    g.writeArrayFieldStart("tasks");
    for (TaskMetrics task : result.tasks()) {
      writeTask(task, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("averages");
    g.writeNumberField("response", result.averages().response());
    g.writeNumberField("turnaround", result.averages().turnaround());
    g.writeNumberField("wait", result.averages().waitTicks());
    g.writeEndObject();
    g.writeNumberField("cpuBusyTicks", result.cpuBusyTicks());
    g.writeNumberField("ioBusyTicks", result.ioBusyTicks());
    g.writeNumberField("contextSwitches", result.contextSwitches());
    g.writeNumberField("cpuUtilization", result.cpuUtilization());
    if (result.timeline() != null) {
      writeTimeline(result.timeline(), g);
    }
    List<TraceEvent> trace = result.trace();
    g.writeNumberField("traceEvents", trace.size());
    if (page != null) {
      int end = page.end(trace.size());
      g.writeArrayFieldStart("trace");
      for (int i = page.from(); i < end; i++) {
        writeEvent(trace.get(i), g);
      }
      g.writeEndArray();
      writeNext(g, "traceNext", end, trace.size());
    }
    g.writeStringField("hash", result.hash());
    g.writeEndObject();
  }

  /** {@code field}: where the next page of a list of {@code size} starts after {@code end}, or null at its end. */
  static void writeNext(JsonGenerator g, String field, int end, int size) throws IOException {
    g.writeFieldName(field);
    if (end < size) {
      g.writeNumber(end);
    } else {
      g.writeNull();
    }
  }

  private static void writeTask(TaskMetrics t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeNumberField("arrival", t.arrivalTick());
    g.writeNumberField("firstRun", t.firstRunTick());
    g.writeNumberField("completion", t.completionTick());
    g.writeNumberField("response", t.response());
    g.writeNumberField("turnaround", t.turnaround());
    g.writeNumberField("wait", t.waitTicks());
    g.writeNumberField("cpuTicks", t.cpuTicks());
    g.writeNumberField("ioTicks", t.ioTicks());
    g.writeEndObject();
  }

  private static void writeTimeline(Timeline timeline, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("timeline");
    g.writeArrayFieldStart("cores");
    for (List<String> core : timeline.cores()) {
      g.writeStartArray();
      for (String task : core) {
        g.writeString(task); // null → JSON null
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("states");
    for (Map.Entry<String, List<State>> row : timeline.states().entrySet()) {
      g.writeArrayFieldStart(row.getKey());
      for (State state : row.getValue()) {
        g.writeString(state == null ? null : state.name());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeEvent(TraceEvent e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("tick", e.tick());
    g.writeStringField("task", e.task());
    g.writeStringField("from", e.from().name());
    g.writeStringField("to", e.to().name());
    g.writeStringField("event", e.event().name());
    g.writeFieldName("core");
    if (e.core() == TraceEvent.NO_CORE) {
      g.writeNull();
    } else {
      g.writeNumber(e.core());
    }
    g.writeEndObject();
  }
}
