package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.Exploration;
import org.timeslice.model.sync.Explorer;
import org.timeslice.model.sync.Outcome;
import org.timeslice.model.sync.SwitchPoints;
import org.timeslice.model.sync.SyncPreset;
import org.timeslice.web.dom.Dom;

/**
 * The same program under the three switch-point rules side by side: which outcomes each allows and in
 * how many schedules. This is where "the GIL makes x += 1 safe" is seen to be true for CPython 3.11 and
 * false for free-threaded Python.
 */
final class SwitchCompareView {
  private final HTMLElement element = Dom.titledSection("race-compare", "h3", "race-compare-heading",
      "The same program under each switch rule");
  private final HTMLElement body = el("tbody", null);
  private final HTMLElement table = el("table", "metrics-table race-compare-table");
  private SyncPreset preset;

  SwitchCompareView() {
    HTMLElement run = Dom.button("ctl", "Explore under all three rules", null);
    run.setAttribute("data-role", "compare-switches");
    Dom.on(run, "click", e -> render());
    element.appendChild(run);
    table.setAttribute("data-role", "switch-compare");
    table.appendChild(Dom.thead("Switches may fall", "Outcomes (schedules)"));
    table.appendChild(body);
    table.setAttribute("hidden", "");
    HTMLElement wrap = el("div", "table-wrap");
    wrap.appendChild(table);
    element.appendChild(wrap);
  }

  HTMLElement element() { return element; }

  /** A new lesson: the old comparison no longer applies. */
  void reset(SyncPreset p) {
    preset = p;
    Dom.clear(body);
    table.setAttribute("hidden", "");
  }

  private void render() {
    Dom.clear(body);
    String[] names = {"At any micro-step", "CPython 3.11", "Free-threaded Python"};
    SwitchPoints[] rules = SwitchPoints.values();
    for (int i = 0; i < rules.length; i++) {
      Exploration e = Explorer.explore(preset.program().withSwitchPoints(rules[i]), preset.observed(),
          RaceWidget.PAGE_MAX_STATES);
      HTMLElement tr = el("tr", null);
      tr.setAttribute("data-rule", RaceControls.idOf(rules[i]));
      HTMLElement th = text("th", null, names[i]);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      tr.appendChild(text("td", null, describe(e.outcomes()) + (e.truncated() ? " (budget hit: maybe more)" : "")));
      body.appendChild(tr);
    }
    table.removeAttribute("hidden");
  }

  private String describe(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    for (Outcome o : outcomes) {
      sb.append(sb.length() == 0 ? "" : " · ").append(o.label()).append(" (")
          .append(OutcomesView.count(o.interleavings())).append(", ")
          .append(preset.grade(o.label()).verdict().name().toLowerCase()).append(')');
    }
    return sb.toString();
  }
}
