package org.timeslice.web.multitask;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.model.runtime.Workloads;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.run.RunPanel;

/**
 * "Run it for real" under "cooperative vs preemptive" (docs/api-run.md): four waiting tasks in CPython on
 * this server as OS threads (preemptive) or as asyncio coroutines (cooperative), each measured against
 * running them one after another; the prediction is the GIL lab's model of the same way.
 */
final class MultitaskRealRun {
  static final int WORKERS = 4;
  private final HTMLElement element =
      Dom.titledSection("real-run gil-real-run", "h2", "multitask-real-heading", "Run it for real");
  private final HTMLElement model = el("select", null);
  private final HTMLElement host = el("div", null);

  MultitaskRealRun() {
    element.appendChild(text("p", null, "Four tasks that mostly wait, in CPython on this server: as threads "
        + "the OS switches between, or as coroutines on one event loop, measured against running them one "
        + "after another. Both overlap the waits; the prediction is the model's."));
    Dom.options(model, new String[][] {{"asyncio", "asyncio coroutines"}, {"threads", "OS threads"}});
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Run as", model, "field"));
    element.appendChild(bar);
    element.appendChild(host);
    Dom.on(model, "change", e -> rebuild());
    rebuild();
  }

  HTMLElement element() { return element; }

  private void rebuild() {
    Dom.clear(host);
    String chosen = Dom.value(model);
    int way = "threads".equals(chosen) ? 0 : 3;
    RunPanel panel = new RunPanel(new RunPanel.Spec("python", "io", chosen, "sequential", WORKERS, 1),
        hostCores -> {
          GilLab.Result r = GilLab.run(Workloads.Shape.IO, WORKERS,
              Math.max(1, Math.min(GilLab.MAX_LAB_CORES, hostCores)), 5_000);
          return r.baseline().wallTicks() / (double) Math.max(1, r.runs().get(way).wallTicks());
        });
    panel.mount(host);
  }
}
