package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.Expectation;
import org.timeslice.model.sync.Exploration;
import org.timeslice.model.sync.Outcome;
import org.timeslice.model.sync.SyncPreset;
import org.timeslice.web.dom.Dom;

/**
 * The lesson's outcome table, as jcstress prints it: each outcome with its verdict (acceptable,
 * interesting, forbidden) and meaning, how often your own finished runs ended that way, and, once the
 * exhaustive search has run, how many schedules reach it, with a witness to replay.
 */
final class OutcomesView {
  private final HTMLElement element = Dom.titledSection("race-outcomes", "h3", "race-outcomes-heading", "Outcomes");
  private final HTMLElement summary = text("p", "race-explore-summary", "");
  private final HTMLElement body = el("tbody", null);

  OutcomesView(HTMLElement exploreButton) {
    HTMLElement bar = el("div", "race-explore-bar");
    bar.appendChild(exploreButton);
    summary.setAttribute("role", "status");
    summary.setAttribute("data-role", "explore-summary");
    bar.appendChild(summary);
    element.appendChild(bar);
    HTMLElement wrap = el("div", "table-wrap");
    HTMLElement table = el("table", "metrics-table race-outcome-table");
    table.setAttribute("data-role", "outcomes");
    table.appendChild(Dom.thead("Outcome", "Verdict", "What it means", "Your runs", "Schedules", "Witness"));
    table.appendChild(body);
    wrap.appendChild(table);
    element.appendChild(wrap);
  }

  HTMLElement element() { return element; }

  void setSummary(String text) { Dom.setText(summary, text); }

  /**
   * Redraws the rows: the preset's expectations first, then any other outcome found.
   *
   * @param seen label → finished runs of yours that ended so
   * @param exploration the exhaustive search's result, or null if it has not run for this program
   */
  void render(SyncPreset preset, Map<String, Integer> seen, Exploration exploration, Consumer<Outcome> replay) {
    Dom.clear(body);
    List<String> labels = new ArrayList<>();
    for (Expectation e : preset.expectations()) {
      labels.add(e.label());
    }
    if (exploration != null) {
      for (Outcome o : exploration.outcomes()) {
        if (!labels.contains(o.label())) {
          labels.add(o.label());
        }
      }
    }
    for (String label : seen.keySet()) {
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
    for (String label : labels) {
      Expectation e = preset.grade(label);
      Outcome found = exploration == null ? null : exploration.outcome(label);
      HTMLElement tr = el("tr", "verdict-" + e.verdict().name().toLowerCase());
      tr.setAttribute("data-outcome", label);
      HTMLElement th = text("th", null, label);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      tr.appendChild(text("td", "race-verdict", e.verdict().name().toLowerCase()));
      tr.appendChild(text("td", "race-meaning", e.description()));
      Integer mine = seen.get(label);
      tr.appendChild(text("td", null, mine == null ? "–" : String.valueOf(mine)));
      String schedules = exploration == null ? "?" : found == null ? "0 (impossible)" : count(found.interleavings());
      HTMLElement sched = text("td", null, schedules);
      sched.setAttribute("data-role", "schedules");
      tr.appendChild(sched);
      HTMLElement witness = el("td", null);
      if (found != null) {
        HTMLElement b = Dom.button("ctl race-replay", "Replay", "Replay a schedule that ends with " + label);
        Dom.on(b, "click", ev -> replay.accept(found));
        witness.appendChild(b);
      }
      tr.appendChild(witness);
      body.appendChild(tr);
    }
  }

  /** A schedule count; -1 means infinitely many, the saturated maximum means "more than 9.2 × 10^18". */
  static String count(long n) {
    if (n < 0) {
      return "∞ (loops)";
    }
    return n == Long.MAX_VALUE ? "> 9.2 × 10¹⁸" : String.valueOf(n);
  }
}
