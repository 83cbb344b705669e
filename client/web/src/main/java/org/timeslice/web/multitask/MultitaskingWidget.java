package org.timeslice.web.multitask;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.runtime.LaneEvent;
import org.timeslice.model.runtime.Multitasking;
import org.timeslice.model.runtime.RuntimeSpec;
import org.timeslice.model.runtime.Workloads;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.gil.LabRealRun;
import org.timeslice.web.shell.Player;
import org.timeslice.web.shell.TimeControls;
import org.timeslice.web.view.RuntimeLanesView;

/**
 * Cooperative vs preemptive: the lesson's tasks as OS threads on one core (preemption points marked) above
 * the same tasks as coroutines on an asyncio loop (await points marked), on one time axis with the shared
 * time controls (one tick is 1 ms); below, the generator stepper.
 */
public final class MultitaskingWidget {
  /** The real run's waiting tasks. */
  static final int REAL_RUN_WORKERS = 4;
  private final Player player = new Player();
  private final TimeControls controls = new TimeControls(player, this::reset);
  private final RuntimeLanesView threads = new RuntimeLanesView("threads", "OS threads on one core (preemptive)");
  private final RuntimeLanesView loop = new RuntimeLanesView("asyncio", "asyncio on one loop (cooperative)");
  private final HTMLElement preset = el("select", null);
  private final HTMLElement quantum = el("input", null);
  private final HTMLElement lesson = text("p", "race-lesson", "");
  private final HTMLElement error = text("p", "field-error", "");
  private final HTMLElement verdict = text("p", "gil-summary", "");

  private MultitaskingWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    new MultitaskingWidget().start(root, presetId);
  }

  private void start(HTMLElement root, String presetId) {
    for (Multitasking.Preset p : Multitasking.PRESETS) {
      HTMLElement o = text("option", null, p.title());
      o.setAttribute("value", p.id());
      preset.appendChild(o);
    }
    Dom.attrs(quantum, "type", "number", "min", "1", "max", String.valueOf(Multitasking.MAX_QUANTUM_TICKS),
        "value", String.valueOf(Multitasking.DEFAULT_QUANTUM_TICKS), "inputmode", "numeric");
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Lesson", preset, "field"));
    bar.appendChild(Dom.labelled("OS time slice (ms)", quantum, "field num"));
    error.setAttribute("role", "alert");
    error.setAttribute("data-role", "multitask-error");
    verdict.setAttribute("data-role", "multitask-verdict");
    lesson.setAttribute("data-role", "lesson");

    HTMLElement region = el("div", "widget-region");
    region.setAttribute("data-role", "widget-region");
    region.appendChild(bar);
    region.appendChild(error);
    region.appendChild(lesson);
    region.appendChild(verdict);
    region.appendChild(legend());
    region.appendChild(threads.element());
    region.appendChild(loop.element());
    root.appendChild(controls.element());
    root.appendChild(region);
    root.appendChild(new GeneratorStepper().element());
    LabRealRun realRun = new LabRealRun("multitask-real-heading", "Four tasks that mostly wait, in CPython on "
        + "this server: as threads the OS switches between, or as coroutines on one event loop, measured against "
        + "running them one after another. Both overlap the waits; the prediction is the model's.",
        new String[][] {{"asyncio", "asyncio coroutines"}, {"threads", "OS threads"}});
    realRun.follow(Workloads.Shape.IO, REAL_RUN_WORKERS, RuntimeSpec.SWITCH_INTERVAL_MICROS, 0);
    root.appendChild(realRun.element());
    controls.bindKeyboard(root);
    player.addListener(p -> {
      threads.at(p.tick());
      loop.at(p.tick());
    });
    Dom.on(preset, "change", e -> rerun());
    Dom.on(quantum, "change", e -> rerun());
    if (Multitasking.byId(presetId) != null) {
      Dom.setValue(preset, presetId);
    }
    rerun();
  }

  private void reset() {
    Dom.setValue(quantum, String.valueOf(Multitasking.DEFAULT_QUANTUM_TICKS));
    player.pause();
    player.seek(0);
    rerun();
  }

  private void rerun() {
    Multitasking.Preset p = Multitasking.byId(Dom.value(preset));
    Multitasking.Result r;
    try {
      r = Multitasking.run(p, Dom.wholeNumber(quantum, "quantumTicks", "the time slice"));
    } catch (InvalidScenarioException e) {
      Dom.setText(error, e.getMessage() + ". The last good run stays.");
      return;
    }
    Dom.setText(error, "");
    Dom.setText(lesson, p.lesson());
    int axis = Math.max(r.threads().wallTicks(), r.asyncio().wallTicks());
    threads.show(r.threads(), axis, r.threads().wallTicks() + " ms; ▼ the OS preempted a thread");
    threads.mark(LaneEvent.PREEMPTED, "mark-preempt");
    String stall = r.asyncio().loopStallTicks() > 0
        ? "; the loop was stalled " + r.asyncio().loopStallTicks() + " ms by a blocking call" : "";
    loop.show(r.asyncio(), axis, r.asyncio().wallTicks() + " ms; ▼ a coroutine awaited" + stall);
    loop.mark(LaneEvent.AWAITED, "mark-await");
    Dom.setText(verdict, "Threads finish in " + r.threads().wallTicks() + " ms, the loop in "
        + r.asyncio().wallTicks() + " ms.");
    player.setMaxTick(axis);
    threads.at(player.tick());
    loop.at(player.tick());
  }

  private static HTMLElement legend() {
    return RuntimeLanesView.legend(new String[][] {
        {"running", "running"}, {"ready", "ready (waiting for the core or the loop)"},
        {"blocked", "blocked (I/O, time.sleep)"}, {"awaiting", "awaiting (the loop runs others)"}});
  }
}
