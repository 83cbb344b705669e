package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.SeededScheduler;
import org.timeslice.model.sync.Session;
import org.timeslice.model.sync.SwitchPoints;
import org.timeslice.model.sync.SyncPreset;
import org.timeslice.web.dom.Dom;

/**
 * The explorer's controls: the lesson, where switches may fall, undo and reset, the buggy/fixed twin, and
 * the seeded scheduler (preempt every k steps or at random points, from a seed).
 */
final class RaceControls {
  /** Receives a seeded-run request. */
  interface SeededRun {
    void run(SeededScheduler.Mode mode, int k, long seed);
  }

  private static final String[][] SWITCHES = {
      {"any", "At any micro-step (textbook)"},
      {"cpython", "CPython 3.11 (GIL: calls, backward jumps)"},
      {"free", "Free-threaded Python (parallel)"}};

  private final HTMLElement element = el("section", "time-controls race-controls");
  private final HTMLElement lessonSelect = el("select", null);
  private final HTMLElement switchSelect = el("select", null);
  private final HTMLElement undo = Dom.button("ctl", "Undo", "Undo the last step (U)");
  private final HTMLElement reset = Dom.button("ctl", "Reset", "Back to the start (R)");
  private final HTMLElement twin = Dom.button("ctl race-twin", "", null);
  private final HTMLElement modeSelect = el("select", null);
  private final HTMLElement kInput = el("input", null);
  private final HTMLElement seedInput = el("input", null);
  private final HTMLElement runSeeded = Dom.button("ctl", "Run seeded", null);
  private final HTMLElement readout = text("span", "tick-readout", "");
  private String twinId;

  RaceControls(List<SyncPreset> presets, Consumer<String> onPreset, Consumer<SwitchPoints> onSwitches,
      Runnable onUndo, Runnable onReset, SeededRun onSeeded) {
    element.setAttribute("aria-label", "Explorer controls");
    for (SyncPreset p : presets) {
      // The philosophers' lessons differ by strategy; the table size is chosen beside the table.
      HTMLElement o = text("option", null, p.title().replaceFirst("^\\d+ philosophers, ", ""));
      o.setAttribute("value", p.id());
      lessonSelect.appendChild(o);
    }
    Dom.options(switchSelect, SWITCHES);
    Dom.options(modeSelect, new String[][] {{"every", "Preempt every k steps"}, {"random", "Preempt at random (1 in k)"}});
    Dom.attrs(kInput, "type", "number", "min", "1", "max", "1000", "value", "1", "inputmode", "numeric");
    Dom.attrs(seedInput, "type", "number", "min", "0", "value", "1", "inputmode", "numeric");
    undo.setAttribute("data-role", "undo");
    reset.setAttribute("data-role", "reset");
    twin.setAttribute("data-role", "twin");
    runSeeded.setAttribute("data-role", "run-seeded");
    readout.setAttribute("data-role", "step-readout");

    HTMLElement row1 = el("div", "transport-extras");
    row1.appendChild(Dom.labelled("Lesson", lessonSelect, "field"));
    row1.appendChild(Dom.labelled("Switches may fall", switchSelect, "field"));
    row1.appendChild(undo);
    row1.appendChild(reset);
    row1.appendChild(readout);
    row1.appendChild(twin);
    HTMLElement row2 = el("div", "transport-extras race-seeded");
    row2.appendChild(Dom.labelled("Seeded scheduler", modeSelect, "field"));
    row2.appendChild(Dom.labelled("k", kInput, "field num"));
    row2.appendChild(Dom.labelled("Seed", seedInput, "field num"));
    row2.appendChild(runSeeded);
    element.appendChild(row1);
    element.appendChild(row2);

    Dom.on(lessonSelect, "change", e -> onPreset.accept(Dom.value(lessonSelect)));
    Dom.on(switchSelect, "change", e -> onSwitches.accept(switchPointsOf(Dom.value(switchSelect))));
    Dom.on(undo, "click", e -> onUndo.run());
    Dom.on(reset, "click", e -> onReset.run());
    Dom.on(twin, "click", e -> {
      if (twinId != null) {
        onPreset.accept(twinId);
      }
    });
    Dom.on(runSeeded, "click", e -> onSeeded.run(
        "random".equals(Dom.value(modeSelect)) ? SeededScheduler.Mode.RANDOM : SeededScheduler.Mode.EVERY_K_STEPS,
        (int) Math.max(-1, Math.min(Integer.MAX_VALUE, parse(Dom.value(kInput), -1))),
        parse(Dom.value(seedInput), 0)));
  }

  HTMLElement element() { return element; }

  /** Shows the chosen lesson, switch points and twin (null for none). */
  void show(SyncPreset preset, SwitchPoints sp, SyncPreset twinPreset) {
    Dom.setValue(lessonSelect, preset.id());
    Dom.setValue(switchSelect, idOf(sp));
    twinId = twinPreset == null ? null : twinPreset.id();
    if (twinPreset == null) {
      twin.setAttribute("hidden", "");
    } else {
      twin.removeAttribute("hidden");
      Dom.setText(twin, "Compare: " + twinPreset.title());
    }
  }

  void render(Session session) {
    ThreadsView.setDisabled(undo, !session.canUndo());
    ThreadsView.setDisabled(reset, !session.canUndo());
    Dom.setText(readout, "step " + session.steps());
  }

  /** The switch points with URL id {@code id}, or null. */
  static SwitchPoints switchPointsOf(String id) {
    return switch (id) {
      case "any" -> SwitchPoints.ANY_MICRO_STEP;
      case "cpython" -> SwitchPoints.CPYTHON_311;
      case "free" -> SwitchPoints.FREE_THREADED;
      default -> null;
    };
  }

  static String idOf(SwitchPoints sp) {
    return switch (sp) {
      case ANY_MICRO_STEP -> "any";
      case CPYTHON_311 -> "cpython";
      case FREE_THREADED -> "free";
    };
  }

  /** The URL id of {@code sp}, or null when it is the lesson's own (keeps shared links short). */
  static String switchPointsId(SwitchPoints sp, SyncPreset preset) {
    return sp == preset.program().switchPoints() ? null : idOf(sp);
  }

  private static long parse(String s, long fallback) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
