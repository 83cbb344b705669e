package org.timeslice.web.gil;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.model.runtime.Workloads;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.view.RuntimeLanesView;
import org.timeslice.web.shell.Player;
import org.timeslice.web.shell.TimeControls;

/**
 * The GIL lab: one workload (CPU-bound, waiting, or mixed; N workers) run four ways side by side, on one
 * time axis with the shared time controls (one tick of the controls is one millisecond). Changing a control
 * re-runs the model; a value out of range is explained inline and the last good run stays.
 */
public final class GilWidget {
  /** Model ticks (100 µs) per tick of the time controls (1 ms). */
  static final int MODEL_TICKS_PER_STEP = 1_000 / GilLab.TICK_MICROS;
  private static final String[][] WAYS = {
      {"threads", "Threads with the GIL"}, {"free-threaded", "Free-threaded threads"},
      {"processes", "Processes"}, {"asyncio", "asyncio"}};

  private final Player player = new Player();
  private final TimeControls controls = new TimeControls(player, this::reset);
  private final List<RuntimeLanesView> views = new ArrayList<>();
  private final HTMLElement shape = el("select", null);
  private final HTMLElement workers = el("input", null);
  private final HTMLElement cores = el("input", null);
  /** The switch interval slider's stops, in microseconds (CPython's default is the middle one). */
  static final int[] INTERVAL_STOPS_MICROS = {500, 1_000, 5_000, 10_000, 50_000};
  private static final int DEFAULT_STOP = 2;
  private final HTMLElement interval = el("input", "gil-interval");
  private final HTMLElement intervalLabel = text("output", "gil-interval-value", "");
  private final HTMLElement error = text("p", "field-error", "");
  private final HTMLElement summary = text("p", "gil-summary", "");
  private final LabRealRun realRun = new LabRealRun("gil-real-heading", "The same kind of workload in "
      + "CPython on this server, with the lab's number of workers: once one after another, once the way you "
      + "pick, measured. The prediction is the lab's model of that way on the server's cores.",
      new String[][] {{"threads", "Threads"}, {"processes", "Processes"}, {"asyncio", "asyncio"}});
  private final WallBars bars = new WallBars();

  private GilWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    new GilWidget().start(root, presetId);
  }

  private void start(HTMLElement root, String presetId) {
    Dom.options(shape, new String[][] {{"cpu", "CPU-bound (a pure-Python loop)"}, {"io", "Waiting (I/O, sleeps)"},
        {"mixed", "Mixed (compute, wait, compute…)"}});
    Dom.attrs(interval, "type", "range", "min", "0", "max", String.valueOf(INTERVAL_STOPS_MICROS.length - 1),
        "step", "1", "value", String.valueOf(DEFAULT_STOP));
    Dom.attrs(workers, "type", "number", "min", "1", "max", String.valueOf(GilLab.MAX_WORKERS), "value", "2",
        "inputmode", "numeric");
    Dom.attrs(cores, "type", "number", "min", "1", "max", String.valueOf(GilLab.MAX_LAB_CORES), "value", "2",
        "inputmode", "numeric");
    HTMLElement bar = el("div", "transport-extras gil-controls");
    bar.appendChild(Dom.labelled("Workload", shape, "field"));
    bar.appendChild(Dom.labelled("Workers", workers, "field num"));
    bar.appendChild(Dom.labelled("Cores", cores, "field num"));
    HTMLElement intervalField = Dom.labelled("Switch interval", interval, "field");
    intervalField.appendChild(intervalLabel);
    bar.appendChild(intervalField);
    error.setAttribute("role", "alert");
    error.setAttribute("data-role", "gil-error");
    summary.setAttribute("data-role", "gil-summary");

    HTMLElement region = el("div", "widget-region gil-region");
    region.setAttribute("data-role", "widget-region");
    region.appendChild(bar);
    region.appendChild(error);
    region.appendChild(summary);
    region.appendChild(bars.element());
    region.appendChild(legend());
    for (String[] w : WAYS) {
      RuntimeLanesView v = new RuntimeLanesView(w[0], w[1]);
      views.add(v);
      region.appendChild(v.element());
    }
    root.appendChild(controls.element());
    root.appendChild(region);
    root.appendChild(realRun.element());
    controls.bindKeyboard(root);
    player.addListener(p -> {
      for (RuntimeLanesView v : views) {
        v.at(p.tick() * MODEL_TICKS_PER_STEP);
      }
    });
    for (HTMLElement input : new HTMLElement[] {shape, workers, cores, interval}) {
      Dom.on(input, "change", e -> rerun());
    }
    Dom.on(interval, "input", e -> rerun()); // the slider re-runs while it is dragged
    if ("io".equals(presetId) || "mixed".equals(presetId)) {
      Dom.setValue(shape, presetId);
    }
    Dom.setValue(interval, String.valueOf(DEFAULT_STOP));
    rerun();
  }

  private void reset() {
    Dom.setValue(shape, "cpu");
    Dom.setValue(workers, "2");
    Dom.setValue(cores, "2");
    Dom.setValue(interval, String.valueOf(DEFAULT_STOP));
    player.pause();
    player.seek(0);
    rerun();
  }

  private void rerun() {
    GilLab.Result r;
    try {
      r = GilLab.run(shapeOf(Dom.value(shape)), Dom.wholeNumber(workers, "workers", "workers"),
          Dom.wholeNumber(cores, "cores", "cores"), intervalMicros());
    } catch (InvalidScenarioException e) {
      Dom.setText(error, e.getMessage() + ". The last good run stays.");
      return;
    }
    Dom.setText(error, "");
    int axis = r.baseline().wallTicks();
    for (RuntimeResult run : r.runs()) {
      axis = Math.max(axis, run.wallTicks());
    }
    for (int i = 0; i < views.size(); i++) {
      views.get(i).show(r.runs().get(i), axis, r.baseline().wallTicks());
    }
    bars.show(r, axis);
    realRun.follow(shapeOf(Dom.value(shape)), r.runs().get(0).scenario().tasks().size(), intervalMicros(),
        axis * GilLab.TICK_MICROS / 1000.0);
    Dom.setText(summary, "One after another in one thread, the work takes "
        + org.timeslice.web.dom.Fmt.oneDecimal(r.baseline().wallMicros() / 1000.0) + " ms. One tick of the "
        + "time controls is 1 ms.");
    player.setMaxTick((axis + MODEL_TICKS_PER_STEP - 1) / MODEL_TICKS_PER_STEP);
    for (RuntimeLanesView v : views) {
      v.at(player.tick() * MODEL_TICKS_PER_STEP);
    }
  }

  private static HTMLElement legend() {
    return RuntimeLanesView.legend(new String[][] {
        {"running", "running bytecode"}, {"running-no-gil", "in C, GIL released"},
        {"gil-wait", "waiting for the GIL"}, {"ready", "ready (no core)"}, {"blocked", "blocked (I/O, sleep)"},
        {"awaiting", "awaiting (coroutine)"}});
  }

  /** The slider's interval; also shows it beside the slider and as the slider's spoken value. */
  private int intervalMicros() {
    int stop = Dom.wholeNumber(interval, "switchInterval", "switchInterval");
    int micros = INTERVAL_STOPS_MICROS[Math.max(0, Math.min(INTERVAL_STOPS_MICROS.length - 1, stop))];
    String words = org.timeslice.web.dom.Fmt.oneDecimal(micros / 1000.0).replace(".0", "") + " ms"
        + (stop == DEFAULT_STOP ? " (default)" : "");
    Dom.setText(intervalLabel, words);
    interval.setAttribute("aria-valuetext", words);
    return micros;
  }

  private static Workloads.Shape shapeOf(String id) {
    return switch (id) {
      case "io" -> Workloads.Shape.IO;
      case "mixed" -> Workloads.Shape.MIXED;
      default -> Workloads.Shape.CPU;
    };
  }
}
