package org.timeslice.web.gil;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.model.runtime.RuntimeKind;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.model.runtime.Workloads;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.run.RunPanel;

/**
 * "Run it for real" under a runtime widget (docs/api-run.md): a workload of the lab's shape and worker count
 * in CPython on this server, as the way the learner picks (threads, processes or asyncio), measured against
 * a sequential run; the prediction is the GIL lab's model of the same way on the server's core count. The
 * GIL lab follows its own controls with it; "cooperative vs preemptive" fixes four waiting tasks.
 */
public final class LabRealRun {
  private final HTMLElement element;
  private final HTMLElement model = el("select", null);
  private final HTMLElement host = el("div", null);
  private Workloads.Shape shape = Workloads.Shape.CPU;
  private int workers = 2;
  private int intervalMicros = 5_000;
  private double axisMillis;
  private RunPanel panel;

  /**
   * A section headed "Run it for real" (heading id {@code headingId}), explained by {@code intro}, offering
   * {@code ways}: pairs of an {@code /api/run} model ({@code threads}, {@code processes}, {@code asyncio})
   * and its label. Nothing runs until {@link #follow} says what.
   */
  public LabRealRun(String headingId, String intro, String[][] ways) {
    element = Dom.titledSection("real-run gil-real-run", "h2", headingId, "Run it for real");
    element.appendChild(text("p", null, intro));
    Dom.options(model, ways);
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Run as", model, "field"));
    element.appendChild(bar);
    element.appendChild(host);
    Dom.on(model, "change", e -> rebuild());
  }

  public HTMLElement element() { return element; }

  /**
   * The lab's workload changed: the next real run follows it, and lays its lanes on an axis at least as
   * long as the simulated runs' ({@code simulatedAxisMillis}).
   */
  public void follow(Workloads.Shape newShape, int newWorkers, int newIntervalMicros, double simulatedAxisMillis) {
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
    int way = GilLab.WAYS.indexOf(switch (chosen) {
      case "processes" -> RuntimeKind.MULTIPROCESSING;
      case "asyncio" -> RuntimeKind.ASYNCIO;
      default -> RuntimeKind.CPYTHON;
    });
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
