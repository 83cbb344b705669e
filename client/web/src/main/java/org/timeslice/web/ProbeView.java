package org.timeslice.web;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.DeterminismProbe;

/**
 * The home page's determinism panel: computes the probe in the browser and shows it beside the value the
 * server computed on the JVM (rendered into {@code data-jvm}), so anyone can see that both agree.
 */
final class ProbeView {
  private final HTMLElement root;

  ProbeView(HTMLElement root) {
    this.root = root;
  }

  void mount() {
    HTMLDocument document = Window.current().getDocument();
    long seed = parseLong(root.getAttribute("data-seed"), 1L);
    int draws = (int) parseLong(root.getAttribute("data-draws"), 1000L);
    String browserValue = DeterminismProbe.fingerprint(seed, draws);
    String jvmValue = root.getAttribute("data-jvm");
    HTMLElement value = root.querySelector("[data-role=browser-value]");
    if (value != null) {
      value.setTextContent(browserValue);
    }
    HTMLElement verdict = root.querySelector("[data-role=verdict]");
    if (verdict != null) {
      boolean same = browserValue.equals(jvmValue);
      verdict.setTextContent(same ? "identical" : "DIFFERENT");
      verdict.setClassName(same ? "verdict ok" : "verdict bad");
    }
    root.setAttribute("data-browser", browserValue);
    root.setAttribute("aria-busy", "false");
    if (document.getBody() != null) {
      document.getBody().getClassList().add("js-ready");
    }
  }

  private static long parseLong(String text, long fallback) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
