package org.timeslice.web.widget;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.shell.MetricsView;
import org.timeslice.web.shell.NarrationView;
import org.timeslice.web.shell.Playground;
import org.timeslice.web.shell.Stage;
import org.timeslice.web.view.AmdahlView;
import org.timeslice.web.view.GanttView;
import org.timeslice.web.view.ParallelSummary;

/**
 * Concurrency vs parallelism: the edited workload interleaved on one core above the same workload on the
 * edited number of cores, both at the same tick; makespan, utilisation and speed-up; and Amdahl's law
 * with the simulator's points on the curve.
 */
public final class CoresWidget {
  private CoresWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    List<Preset> presets = Catalog.cores();
    Playground pg = new Playground(presets);
    GanttView oneGantt = new GanttView("1 core: concurrency (tasks take turns)");
    GanttView manyGantt = new GanttView("N cores: parallelism");
    oneGantt.shareAxis(pg::longestMakespan);
    manyGantt.shareAxis(pg::longestMakespan);
    Stage one = pg.addStage(s -> s.withMachine(new Machine(1, s.machine().contextSwitchTicks())))
        .add(oneGantt);
    NarrationView narration = new NarrationView();
    MetricsView metrics = new MetricsView("Metrics on N cores");
    Stage many = pg.addStage(s -> s).add(manyGantt).add(narration).add(metrics);
    ParallelSummary summary = new ParallelSummary();
    AmdahlView amdahl = new AmdahlView();
    pg.afterRender(() -> {
      summary.render(one.recording(), many.recording(), pg.player().tick());
      if (many.recording() != null) {
        int n = many.recording().scenario().machine().cores();
        manyGantt.setTitle(n + (n == 1 ? " core" : " cores") + ": parallelism (tasks run at the same time)");
        // The workload's own point appears once both runs are over: it is the answer to the question.
        boolean done = pg.player().tick() >= pg.longestMakespan();
        amdahl.showWorkload(done ? n : -1, done ? ParallelSummary.speedup(one.recording(), many.recording()) : -1);
      }
    });

    HTMLElement region = el("div", "widget-region");
    region.setAttribute("data-role", "widget-region");
    HTMLElement grid = el("div", "cores-grid");
    HTMLElement charts = el("div", "cores-charts");
    charts.appendChild(oneGantt.element());
    charts.appendChild(manyGantt.element());
    grid.appendChild(charts);
    grid.appendChild(summary.element());
    region.appendChild(grid);

    HTMLElement lower = el("div", "lower-grid");
    lower.appendChild(metrics.element());
    lower.appendChild(narration.element());

    root.appendChild(pg.controls().element());
    root.appendChild(region);
    root.appendChild(lower);
    root.appendChild(amdahl.element());
    root.appendChild(pg.editor().element());
    pg.start(Catalog.pick(presets, presetId), root);
  }
}
