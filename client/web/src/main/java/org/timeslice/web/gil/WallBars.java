package org.timeslice.web.gil;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/** Wall time of each way as a bar, sequential first, with the speed-up written beside it. */
final class WallBars {
  private static final String[] NAMES = {"Threads with the GIL", "Free-threaded threads", "Processes", "asyncio"};
  private final HTMLElement element = el("div", "gil-bars");

  WallBars() {
    element.setAttribute("data-role", "gil-bars");
  }

  HTMLElement element() { return element; }

  void show(GilLab.Result r, int axisTicks) {
    Dom.clear(element);
    row("One after another", r.baseline().wallMicros(), r.baseline().wallTicks(), axisTicks, 1.0);
    for (int i = 0; i < r.runs().size(); i++) {
      double speedup = r.baseline().wallTicks() / (double) Math.max(1, r.runs().get(i).wallTicks());
      row(NAMES[i], r.runs().get(i).wallMicros(), r.runs().get(i).wallTicks(), axisTicks, speedup);
    }
  }

  private void row(String name, long micros, int ticks, int axisTicks, double speedup) {
    HTMLElement line = el("div", "gil-bar-row");
    line.appendChild(text("span", "gil-bar-name", name));
    HTMLElement track = el("span", "gil-bar-track");
    HTMLElement bar = el("span", "gil-bar");
    // Through the CSSOM: the page's CSP (style-src 'self') refuses style attributes.
    bar.getStyle().setProperty("width", Fmt.oneDecimal(100.0 * ticks / Math.max(1, axisTicks)) + "%");
    track.appendChild(bar);
    line.appendChild(track);
    line.appendChild(text("span", "gil-bar-value", Fmt.oneDecimal(micros / 1000.0) + " ms · "
        + Fmt.oneDecimal(speedup) + "×"));
    element.appendChild(line);
  }
}
