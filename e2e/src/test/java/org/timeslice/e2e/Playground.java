package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/**
 * The playground shell as a person sees it: the transport buttons by their accessible names, the tick
 * readout, and the rendered state (visible text plus the SVG attributes the playhead moves).
 */
final class Playground {
  /** Everything the playhead changes: text and the geometry of curtains, playheads, tokens and arrows. */
  private static final String STATE_SCRIPT = "() => { const p = document.getElementById('playground');"
      + " const svg = [...p.querySelectorAll('.curtain, .playhead, .token, .edge, .pcb')].map(e =>"
      + " [e.getAttribute('x'), e.getAttribute('x1'), e.style.transform, e.getAttribute('class'),"
      + " e.getAttribute('data-state')].join(',')).join('|');"
      + " return p.innerText + '\\n' + svg; }";

  private final Page page;

  Playground(Page page) {
    this.page = page;
  }

  Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  void click(String name) {
    button(name).click();
  }

  void step(int times) {
    for (int i = 0; i < times; i++) {
      click("Step forward");
    }
  }

  Locator slider() {
    return page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Timeline"));
  }

  /** The tick shown in the readout "tick t / max". */
  int tick() {
    return Integer.parseInt(readout()[0]);
  }

  int maxTick() {
    return Integer.parseInt(readout()[1]);
  }

  private String[] readout() {
    String text = page.locator(".tick-readout").innerText().trim();
    assertTrue(text.startsWith("tick "), text);
    return text.substring(5).split(" / ");
  }

  /** Waits (web-first) until the readout shows {@code t}. */
  void waitForTick(int t) {
    page.waitForFunction("t => document.querySelector('.tick-readout').textContent.startsWith('tick ' + t + ' /')", t);
  }

  String state() {
    return (String) page.evaluate(STATE_SCRIPT);
  }

  /** {@link #state()} without the scenario editor: what the run looks like, whatever is being typed. */
  String runState() {
    String editor = (String) page.evaluate("() => document.querySelector('#playground .editor').innerText");
    return state().replace(editor, "").replaceAll("\n{2,}", "\n");
  }

  Locator speed() {
    return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speed").setExact(true));
  }

  String traceHash() {
    return page.locator("#playground").getAttribute("data-trace-hash");
  }

  /** Selects a preset in the scenario editor and waits until its run is on screen. */
  void choosePreset(String id) {
    String before = traceHash();
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Preset").setExact(true)).selectOption(id);
    if (before != null) {
      page.waitForFunction("h => document.getElementById('playground').getAttribute('data-trace-hash') !== h"
          + " || document.querySelector('.preset-description') !== null", before);
    }
  }

  /** Controls inside the playground with no accessible name (empty list: all named). */
  @SuppressWarnings("unchecked")
  List<String> unnamedControls() {
    return (List<String>) page.evaluate("() => [...document.querySelectorAll("
        + "'main button, main input, main select, main [tabindex], main svg[role=img], main [role=group]')]"
        + ".filter(e => { const by = e.getAttribute('aria-labelledby');"
        + " const name = (e.getAttribute('aria-label') || '').trim()"
        + "  || (by && document.getElementById(by) ? document.getElementById(by).textContent.trim() : '')"
        + "  || (e.labels && e.labels.length ? e.labels[0].textContent.trim() : '')"
        + "  || (e.tagName === 'BUTTON' ? e.textContent.trim() : '');"
        + " return !name; }).map(e => e.outerHTML.slice(0, 160))");
  }

  /** The document is no wider than the viewport (no sideways scrolling of the page). */
  int overflowPx() {
    return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
  }
}
