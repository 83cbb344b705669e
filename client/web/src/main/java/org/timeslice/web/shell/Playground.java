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

  /** Called after every render, for views that compare stages. */
  public void afterRender(Runnable r) {
    afterRender.add(r);
  }

  /** Starts with {@code preset}; keyboard shortcuts work anywhere inside {@code scope}. */
  public void start(Preset preset, HTMLElement scope) {
    this.scope = scope;
    controls.bindKeyboard(scope);
    editor.load(preset);
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
      s.commit();
    }
    player.setMaxTick(max);
    if (scope != null) {
      // The first stage's trace hash, for tests and for anyone comparing with /api/simulate.
      scope.setAttribute("data-trace-hash", stages.get(0).recording().result().hash());
    }
    render();
    return null;
  }

  private void render() {
    for (Stage s : stages) {
      s.render(player.tick(), player.isPlaying());
    }
    for (Runnable r : afterRender) {
      r.run();
    }
    if (!firstRenderMarked && !stages.isEmpty() && stages.get(0).recording() != null) {
      firstRenderMarked = true;
      Browser.mark("timeslice:first-render");
    }
  }
}
