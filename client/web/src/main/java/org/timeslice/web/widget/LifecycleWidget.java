package org.timeslice.web.widget;

import static org.timeslice.web.dom.Dom.el;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.shell.MetricsView;
import org.timeslice.web.shell.NarrationView;
import org.timeslice.web.shell.Playground;
import org.timeslice.web.view.GanttView;
import org.timeslice.web.view.LifecycleView;
import org.timeslice.web.view.PcbView;

/**
 * The process lifecycle widget: the state diagram with moving tokens and the active transition, a PCB
 * card per task, a compact Gantt chart, the narration, the metrics and the scenario editor.
 */
public final class LifecycleWidget {
  private LifecycleWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    List<Preset> presets = Catalog.lifecycle();
    Playground pg = new Playground(presets);
    LifecycleView diagram = new LifecycleView();
    PcbView pcbs = new PcbView();
    GanttView gantt = new GanttView("Timeline");
    NarrationView narration = new NarrationView();
    MetricsView metrics = new MetricsView("Metrics");
    pg.addStage(s -> s).add(diagram).add(pcbs).add(narration).add(gantt).add(metrics);

    HTMLElement region = el("div", "widget-region");
    region.setAttribute("data-role", "widget-region");
    HTMLElement top = el("div", "lifecycle-grid");
    top.appendChild(diagram.element());
    top.appendChild(narration.element());
    region.appendChild(top);
    region.appendChild(pcbs.element());
    region.appendChild(gantt.element());

    root.appendChild(pg.controls().element());
    root.appendChild(region);
    root.appendChild(metrics.element());
    root.appendChild(pg.editor().element());
    pg.start(Catalog.pick(presets, presetId), root);
  }
}
