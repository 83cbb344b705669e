package org.timeslice.web.widget;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import org.timeslice.web.dom.Dom;

/** The "predict, then reveal" choices: picking one marks it and says whether it matches the answer. */
public final class Prediction {
  private Prediction() {}

  public static void bind(HTMLElement group) {
    int answer = Integer.parseInt(group.getAttribute("data-answer"));
    HTMLElement verdict = Dom.document().querySelector("[data-role=prediction-verdict]");
    NodeList<? extends HTMLElement> buttons = group.querySelectorAll("button.choice");
    for (int i = 0; i < buttons.getLength(); i++) {
      HTMLElement b = buttons.get(i);
      int index = Integer.parseInt(b.getAttribute("data-index"));
      Dom.on(b, "click", e -> {
        for (int j = 0; j < buttons.getLength(); j++) {
          buttons.get(j).setAttribute("aria-pressed", buttons.get(j) == b ? "true" : "false");
        }
        if (verdict != null) {
          verdict.setTextContent(index == answer
              ? "Right. Now press play and watch it happen."
              : "Not quite: press play and watch what really happens, then open the answer.");
          verdict.setClassName("verdict-line " + (index == answer ? "ok" : "bad"));
        }
      });
    }
  }
}
