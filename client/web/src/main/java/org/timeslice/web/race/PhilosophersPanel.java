package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.function.BiConsumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.Limits;
import org.timeslice.model.sync.Session;
import org.timeslice.web.dom.Dom;

/** The dining philosophers' extras: how many sit down and eat how often, the table, and the phase timeline. */
final class PhilosophersPanel {
  private final HTMLElement element = el("section", "race-philosophers");
  private final HTMLElement count = el("input", null);
  private final HTMLElement meals = el("input", null);
  private final TableView table = new TableView();
  private final PhaseTimeline timeline = new PhaseTimeline();

  PhilosophersPanel(BiConsumer<Integer, Integer> onResize) {
    element.setAttribute("aria-label", "Dining table");
    Dom.attrs(count, "type", "number", "min", String.valueOf(Limits.MIN_PHILOSOPHERS),
        "max", String.valueOf(Limits.MAX_PHILOSOPHERS), "value", "3", "inputmode", "numeric");
    Dom.attrs(meals, "type", "number", "min", "1", "max", String.valueOf(Limits.MAX_PHILOSOPHER_MEALS),
        "value", "1", "inputmode", "numeric");
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Philosophers", count, "field num"));
    bar.appendChild(Dom.labelled("Meals each", meals, "field num"));
    bar.appendChild(text("span", "race-hint", "2 to 10 philosophers. The exhaustive search covers up to 5 with 1 meal within its budget."));
    element.appendChild(bar);
    HTMLElement grid = el("div", "race-table-grid");
    grid.appendChild(table.element());
    grid.appendChild(timeline.element());
    element.appendChild(grid);
    Dom.on(count, "change", e -> onResize.accept(parse(Dom.value(count)), parse(Dom.value(meals))));
    Dom.on(meals, "change", e -> onResize.accept(parse(Dom.value(count)), parse(Dom.value(meals))));
  }

  HTMLElement element() { return element; }

  /** Shows the size actually in use (after a rejected edit, the last good one). */
  void show(int n, int mealsEach) {
    Dom.setValue(count, String.valueOf(n));
    Dom.setValue(meals, String.valueOf(mealsEach));
  }

  void render(Session session) {
    table.render(session.state());
    timeline.render(session);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
