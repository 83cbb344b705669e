package org.timeslice.web.run;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * One measured run as {@code POST /api/run} answered it (docs/api-run.md): wall and CPU time, one lane
 * per worker with its run and wait slices in milliseconds from the run's start, the counter, environment.
 */
public final class Measurement {
  /** One worker's lane; slices are {@code [from, to]} pairs in milliseconds. */
  public record Lane(int id, double startMillis, double endMillis, List<double[]> runs, List<double[]> waits) {}

  public final double wallMillis;
  public final double cpuMillis;
  public final List<Lane> lanes;
  /** The counter's final value, or -1 when the workload has no counter. */
  public final long counterValue;
  public final long counterExpected;
  /** e.g. "CPython 3.11.7, GIL, 2 cores" or "OpenJDK 64-Bit Server VM 25.0.3, 2 cores". */
  public final String environment;
  public final int cores;

  Measurement(double wallMillis, double cpuMillis, List<Lane> lanes, long counterValue, long counterExpected,
      String environment, int cores) {
    this.wallMillis = wallMillis;
    this.cpuMillis = cpuMillis;
    this.lanes = lanes;
    this.counterValue = counterValue;
    this.counterExpected = counterExpected;
    this.environment = environment;
    this.cores = cores;
  }

  static Measurement parse(JSObject body) {
    List<Lane> lanes = new ArrayList<>();
    JSObject workers = Js.get(body, "workers");
    for (int i = 0; i < Js.length(workers); i++) {
      JSObject w = Js.at(workers, i);
      lanes.add(new Lane((int) Js.number(w, "id"), Js.number(w, "startMillis"), Js.number(w, "endMillis"),
          slices(Js.get(w, "runs")), slices(Js.get(w, "waits"))));
    }
    JSObject counter = Js.get(body, "counter");
    JSObject env = Js.get(body, "environment");
    String implementation = Js.string(env, "implementation");
    String version = Js.string(env, "version");
    int cores = (int) Js.number(env, "cores");
    StringBuilder text = new StringBuilder();
    text.append(implementation == null ? Js.string(env, "runtime") : implementation);
    if (version != null) {
      text.append(' ').append(version);
    }
    if ("python".equals(Js.string(env, "runtime"))) {
      text.append(Js.isTrue(env, "gilEnabled") ? ", with the GIL" : ", free-threaded");
    }
    text.append(", ").append(cores).append(cores == 1 ? " core" : " cores");
    return new Measurement(Js.number(body, "wallMillis"), Js.number(body, "cpuMillis"), lanes,
        counter == null ? -1 : (long) Js.number(counter, "value"),
        counter == null ? -1 : (long) Js.number(counter, "expected"), text.toString(), cores);
  }

  private static List<double[]> slices(JSObject array) {
    List<double[]> slices = new ArrayList<>();
    for (int i = 0; i < Js.length(array); i++) {
      JSObject pair = Js.at(array, i);
      slices.add(new double[] {Js.numberAt(pair, 0), Js.numberAt(pair, 1)});
    }
    return slices;
  }
}
