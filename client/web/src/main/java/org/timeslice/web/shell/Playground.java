package org.timeslice.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.dom.Browser;

/**
 * The shell every widget shares: one {@link Player}, its {@link TimeControls}, one
 * {@link ScenarioEditor} and one or more {@link Stage}s that all show the same tick. Data flows one way:
 * editor → scenario → recordings → frames → views.
 */
public final class Playground {
  private final Player player = new Player();
  private final List<Stage> stages = new ArrayList<>();
  private final List<Runnable> afterRender = new ArrayList<>();
  private final TimeControls controls;
  private final ScenarioEditor editor;
  private boolean firstRenderMarked;
  /** When each of {@link #textSlots()} was last refreshed ({@link Browser#nowMs()}). */
  private double[] lastTextRenderMs = new double[0];

  /**
   * From this speed on, text panels (metrics, the log, summaries: views whose {@link View#textPanel()} is
   * true, and the {@link #afterRender} hooks as one more) are refreshed {@link #TEXT_REFRESH_MS} apart
   * while playing, one panel per frame at most; charts still move every frame. Nobody reads 32 changes a second, and re-laying out all that
   * text every frame made frames late at 64× (docs/benchmarks.md). Pausing, stepping, seeking and the end
   * of the run refresh everything at once, so a paused picture is always complete and exact.
   */
  static final double FAST_TICKS_PER_SECOND = 32;
  static final double TEXT_REFRESH_MS = 200;

  public Playground(List<Preset> presets) {
    editor = new ScenarioEditor(presets, this::apply);
    controls = new TimeControls(player, editor::reset);
    controls.addExtra(editor.seedField());
    player.addListener(p -> render());
  }

  public Player player() {
    return player;
  }

  public TimeControls controls() {
    return controls;
  }

  public ScenarioEditor editor() {
    return editor;
  }

  /** A stage that shows {@code variant} of the edited scenario. */
  public Stage addStage(UnaryOperator<Scenario> variant) {
    Stage s = new Stage(variant);
    stages.add(s);
    return s;
  }

  /** Called after every render that refreshes text panels, for views that compare stages. */
  public void afterRender(Runnable r) {
    afterRender.add(r);
  }

  /** Starts with {@code preset}; keyboard shortcuts work anywhere inside {@code scope}. */
  public void start(Preset preset, HTMLElement scope) {
    this.scope = scope;
    controls.bindKeyboard(scope);
    if (startHook != null) {
      startHook.start(this, preset, scope);
    } else {
      editor.load(preset);
    }
  }

  // --- Hooks for features every widget gets without knowing them (share links: web.share). ---

  /** Takes over a playground's start: loads {@code preset} or another state into it. */
  public interface StartHook {
    void start(Playground playground, Preset preset, HTMLElement scope);
  }

  private static StartHook startHook;
  private final List<Runnable> appliedListeners = new ArrayList<>();
  private final java.util.TreeMap<String, Option> options = new java.util.TreeMap<>();

  /** A widget option that share links carry: its current value and how to set it (no rerun needed). */
  public record Option(java.util.function.Supplier<String> value, java.util.function.Consumer<String> set) {}

  /** Installs the hook every playground started afterwards calls instead of loading its preset. */
  public static void setStartHook(StartHook hook) {
    startHook = hook;
  }

  /** The presets this playground offers. */
  public List<Preset> presets() {
    return editor.presets();
  }

  /** The scenario shown now (the last one that ran), or null before the first run. */
  public Scenario scenario() {
    return currentScenario;
  }

  /** The first stage's run of {@link #scenario()} (what exports describe), or null before the first run. */
  public org.timeslice.model.sim.SimulationResult result() {
    return stages.isEmpty() || stages.get(0).recording() == null ? null : stages.get(0).recording().result();
  }

  /** Told after every scenario that ran (an edit, a preset, a rerun). */
  public void onApplied(Runnable listener) {
    appliedListeners.add(listener);
  }

  /** Declares a widget option (key: {@code a-z 0-9 -}); setting it does not rerun, call {@link #rerun}. */
  public void option(String key, java.util.function.Supplier<String> value,
      java.util.function.Consumer<String> set) {
    options.put(key, new Option(value, set));
  }

  /** The declared options, by key. */
  public java.util.Map<String, Option> options() {
    return java.util.Collections.unmodifiableMap(options);
  }

  /** Re-records every stage; on the first failure nothing changes and the reason is returned. */
  public String rerun() {
    return currentScenario == null ? null : apply(currentScenario);
  }

  private Scenario currentScenario;
  private int longestMakespan;
  private HTMLElement scope;

  /**
   * The longest makespan over all stages of the current run (known before any view is shown), so that
   * charts of different stages can share one time axis.
   */
  public int longestMakespan() {
    return longestMakespan;
  }

  private String apply(Scenario scenario) {
    try {
      for (Stage s : stages) {
        s.prepare(scenario);
      }
    } catch (RuntimeException e) {
      for (Stage s : stages) {
        s.discard();
      }
      return e.getMessage() == null ? "This scenario cannot run." : e.getMessage();
    }
    currentScenario = scenario;
    int max = 0;
    for (Stage s : stages) {
      max = Math.max(max, s.pendingMakespan());
    }
    longestMakespan = max;
    for (Stage s : stages) {
      s.measure();
    }
    for (Stage s : stages) {
      s.commit();
    }
    player.setMaxTick(max);
    if (scope != null) {
      // The first stage's trace hash, for tests and for anyone comparing with /api/simulate.
      scope.setAttribute("data-trace-hash", stages.get(0).recording().result().hash());
    }
    render();
    for (Runnable r : appliedListeners) {
      r.run();
    }
    return null;
  }

  /** The text panels of every stage, then the after-render hooks (as one slot, the list itself). */
  private List<Object> textSlots() {
    List<Object> slots = new ArrayList<>();
    for (Stage s : stages) {
      slots.addAll(s.textPanels());
    }
    slots.add(afterRender);
    return slots;
  }

  private void render() {
    double now = Browser.nowMs();
    boolean throttled = player.isPlaying() && player.ticksPerSecond() >= FAST_TICKS_PER_SECOND;
    List<Object> slots = textSlots();
    if (lastTextRenderMs.length != slots.size()) {
      lastTextRenderMs = new double[slots.size()];
      java.util.Arrays.fill(lastTextRenderMs, -1e9);
    }
    // Playing fast: at most one text panel per frame, the one longest without a refresh, once it is due.
    int due = -1;
    if (throttled) {
      for (int i = 0; i < slots.size(); i++) {
        if (now - lastTextRenderMs[i] >= TEXT_REFRESH_MS && (due < 0 || lastTextRenderMs[i] < lastTextRenderMs[due])) {
          due = i;
        }
      }
    }
    Object dueSlot = due < 0 ? null : slots.get(due);
    for (Stage s : stages) {
      s.render(player.tick(), player.isPlaying(), v -> !throttled || v == dueSlot);
    }
    if (!throttled || dueSlot == afterRender) {
      for (Runnable r : afterRender) {
        r.run();
      }
    }
    if (!throttled) {
      java.util.Arrays.fill(lastTextRenderMs, now);
    } else if (due >= 0) {
      lastTextRenderMs[due] = now;
    }
    if (!firstRenderMarked && !stages.isEmpty() && stages.get(0).recording() != null) {
      firstRenderMarked = true;
      Browser.mark("timeslice:first-render");
      Browser.markAfterPaint("timeslice:first-paint");
    }
  }
}
