package org.timeslice.web.widget;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.on;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.shell.MetricsView;
import org.timeslice.web.shell.NarrationView;
import org.timeslice.web.shell.Playground;
import org.timeslice.web.shell.Stage;
import org.timeslice.web.view.CompareView;
import org.timeslice.web.view.GanttView;
import org.timeslice.web.view.QueueView;

/**
 * The CPU scheduler widget: a Gantt chart per core with the live ready queue beside it, the same workload
 * under a second policy below it, narration, metrics and the scenario editor.
 */
public final class SchedulerWidget {
  private SchedulerWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    java.util.List<Preset> presets = Catalog.scheduler();
    Playground pg = new Playground(presets);
    Policy[] compareWith = {Policy.FIFO};

    GanttView gantt = new GanttView("Gantt chart").shareAxis(pg::longestMakespan);
    QueueView queue = new QueueView();
    NarrationView narration = new NarrationView();
    MetricsView metrics = new MetricsView("Metrics");
    Stage main = pg.addStage(s -> s).add(gantt).add(queue).add(narration).add(metrics);
    GanttView ganttB = new GanttView("Same workload under FIFO").shareAxis(pg::longestMakespan);
    Stage other = pg.addStage(s -> s.withScheduler(s.scheduler().withPolicy(compareWith[0])))
        .add(ganttB);
    CompareView compare = new CompareView();
    pg.afterRender(() -> {
      compare.render(main.recording(), other.recording(), pg.player().tick());
      if (main.recording() != null) {
        gantt.setTitle("Gantt chart: " + main.recording().scenario().scheduler().policy().name());
      }
    });

    HTMLElement region = el("div", "widget-region");
    region.setAttribute("data-role", "widget-region");
    HTMLElement top = el("div", "stage-grid");
    top.appendChild(gantt.element());
    top.appendChild(queue.element());
    region.appendChild(top);

    HTMLElement compareSection = el("section", "compare-section");
    compareSection.setAttribute("aria-labelledby", "compare-heading");
    HTMLElement heading = text("h2", null, "Side by side");
    heading.setAttribute("id", "compare-heading");
    compareSection.appendChild(heading);
    HTMLElement select = el("select", null);
    for (Policy p : Policy.values()) {
      HTMLElement option = text("option", null, p.name());
      option.setAttribute("value", p.name());
      select.appendChild(option);
    }
    Dom.setValue(select, compareWith[0].name());
    on(select, "change", e -> {
      compareWith[0] = Policy.valueOf(Dom.value(select));
      ganttB.setTitle("Same workload under " + compareWith[0].name());
      pg.rerun();
    });
    pg.option("cmp", () -> compareWith[0].name(), v -> {
      for (Policy p : Policy.values()) {
        if (p.name().equals(v)) {
          compareWith[0] = p;
          Dom.setValue(select, v);
          ganttB.setTitle("Same workload under " + v);
        }
      }
    });
    compareSection.appendChild(Dom.labelled("Compare with", select, "field inline"));
    HTMLElement compareGrid = el("div", "compare-grid");
    compareGrid.appendChild(ganttB.element());
    compareGrid.appendChild(compare.element());
    compareSection.appendChild(compareGrid);

    HTMLElement lower = el("div", "lower-grid");
    lower.appendChild(metrics.element());
    lower.appendChild(narration.element());

    root.appendChild(pg.controls().element());
    root.appendChild(region);
    root.appendChild(lower);
    root.appendChild(compareSection);
    root.appendChild(pg.editor().element());
    pg.start(Catalog.pick(presets, presetId), root);
  }
}
