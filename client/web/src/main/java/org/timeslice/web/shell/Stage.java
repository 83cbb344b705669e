package org.timeslice.web.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.scenario.Scenario;

/**
 * One run on screen: the scenario the editor produced, turned by {@code variant} (e.g. "the same on one
 * core", "the same under FIFO"), recorded once, drawn by its views.
 */
public final class Stage {
  private final UnaryOperator<Scenario> variant;
  private final List<View> views = new ArrayList<>();
  private Recording recording;
  private Recording pending;

  public Stage(UnaryOperator<Scenario> variant) {
    this.variant = variant;
  }

  public Stage add(View view) {
    views.add(view);
    return this;
  }

  public Recording recording() {
    return recording;
  }

  /** Records the variant of {@code scenario}; throws if it is invalid (the shown run stays). */
  void prepare(Scenario scenario) {
    pending = Recording.of(variant.apply(scenario));
  }

  /** Lets every view read the layout it needs before any of them changes the page ({@link View#measure}). */
  void measure() {
    for (View v : views) {
      v.measure();
    }
  }

  /** Makes the prepared recording the shown one. */
  void commit() {
    recording = pending;
    pending = null;
    for (View v : views) {
      v.show(recording);
    }
  }

  /** The makespan of the prepared recording. */
  int pendingMakespan() {
    return pending.makespan();
  }

  void discard() {
    pending = null;
  }

  /** Renders at {@code tick} every chart, and the text panels that {@code textDue} accepts. */
  void render(int tick, boolean playing, java.util.function.Predicate<View> textDue) {
    if (recording == null) {
      return;
    }
    Frame frame = new Frame(recording, tick, playing);
    for (View v : views) {
      if (!v.textPanel() || textDue.test(v)) {
        v.render(frame);
      }
    }
  }

  /** The views that are text panels, in the order they were added. */
  List<View> textPanels() {
    List<View> out = new ArrayList<>();
    for (View v : views) {
      if (v.textPanel()) {
        out.add(v);
      }
    }
    return out;
  }
}
