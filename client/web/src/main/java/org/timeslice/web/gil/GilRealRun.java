package org.timeslice.web.gil;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.model.runtime.Workloads;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.run.RunPanel;

/**
 * "Run it for real" under the GIL lab (docs/api-run.md): the lab's workload and worker count, as CPython
 * threads, processes or asyncio on this server, measured against a sequential run; the prediction is the
 * lab's own model of the same way on the server's core count.
 */
final class GilRealRun {
  private final HTMLElement element =
      Dom.titledSection("real-run gil-real-run", "h2", "gil-real-heading", "Run it for real");
  private final HTMLElement model = el("select", null);
  private final HTMLElement host = el("div", null);
  private Workloads.Shape shape = Workloads.Shape.CPU;
  private int workers = 2;
  private int intervalMicros = 5_000;
  private double axisMillis;
  private RunPanel panel;

  GilRealRun() {
    element.appendChild(text("p", null, "The same kind of workload in CPython on this server, with the lab's "
        + "number of workers: once one after another, once the way you pick, measured. The prediction is the "
        + "lab's model of that way on the server's cores."));
    Dom.options(model, new String[][] {{"threads", "Threads"}, {"processes", "Processes"}, {"asyncio", "asyncio"}});
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Run as", model, "field"));
    element.appendChild(bar);
    element.appendChild(host);
    Dom.on(model, "change", e -> rebuild());
  }

  HTMLElement element() { return element; }

  /**
   * The lab's workload changed: the next real run follows it, and lays its lanes on an axis at least as
   * long as the simulated runs' ({@code simulatedAxisMillis}).
   */
  void follow(Workloads.Shape newShape, int newWorkers, int newIntervalMicros, double simulatedAxisMillis) {
    axisMillis = simulatedAxisMillis;
    boolean changed = newShape != shape || newWorkers != workers || newIntervalMicros != intervalMicros
        || host.getFirstChild() == null;
    shape = newShape;
    workers = newWorkers;
    intervalMicros = newIntervalMicros;
    if (changed) {
      rebuild();
    } else {
      panel.setAxisMillis(axisMillis);
    }
  }

  private void rebuild() {
    Dom.clear(host);
    String chosen = Dom.value(model);
    int way = switch (chosen) {
      case "processes" -> 2;
      case "asyncio" -> 3;
      default -> 0;
    };
    String workload = shape.name().toLowerCase();
    Workloads.Shape s = shape;
    int w = workers;
    int interval = intervalMicros;
    panel = new RunPanel(new RunPanel.Spec("python", workload, chosen, "sequential", w, 1),
        hostCores -> {
          GilLab.Result r = GilLab.run(s, w, Math.max(1, Math.min(GilLab.MAX_LAB_CORES, hostCores)), interval);
          RuntimeResult run = r.runs().get(way);
          return r.baseline().wallTicks() / (double) Math.max(1, run.wallTicks());
        });
    panel.setAxisMillis(axisMillis);
    panel.mount(host);
  }
}
