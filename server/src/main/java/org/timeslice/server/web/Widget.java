package org.timeslice.server.web;

/**
 * One interactive widget of the site.
 *
 * @param id URL segment: {@code /play/{id}}
 * @param available false while the widget is still being built (listed, not linked)
 */
public record Widget(String id, String title, String summary, boolean available) {
  /** The widgets the second bundle (client/web LabsMain) mounts. */
  private static final java.util.List<String> LABS = java.util.List.of("race", "philosophers", "gil", "multitasking");

  /** The logical name of the script bundle this widget's pages load. */
  public String bundle() {
    return LABS.contains(id) ? org.timeslice.server.assets.Assets.LABS_BUNDLE
        : org.timeslice.server.assets.Assets.BUNDLE;
  }
}
