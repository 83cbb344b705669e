package org.timeslice.web.shell;

/** Renders one stage. Views read frames and never change the model or the playhead. */
public interface View {
  /**
   * Reads the layout the next {@link #show} needs (a chart's width), before any view changes the page:
   * the shell calls it on every view of every stage first and only then shows them, so that drawing a run
   * forces at most one layout (each read after a change would force another; docs/benchmarks.md).
   */
  default void measure() {}

  /** A new recording (new scenario): rebuild whatever depends on the whole run. */
  void show(org.timeslice.model.replay.Recording recording);

  /** Draw the playhead position. */
  void render(Frame frame);

  /**
   * Whether this view is a text panel (metrics, the log, summaries), which the shell refreshes at most
   * {@link Playground#TEXT_REFRESH_MS} apart while playing fast (see there). Charts say no.
   */
  default boolean textPanel() {
    return false;
  }
}
