package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every playground widget, driven as a person would: it loads cleanly, plays, steps back to the identical
 * picture, seeks with the slider (mouse and keys), works from the keyboard alone, and survives a typo in a
 * program without losing the last good run. Screenshots at phone and desktop widths go to
 * {@code e2e/target/screenshots/widget-*.png}.
 */
class WidgetsIT extends BrowserTest {

  private Playground open(String widget) {
    openApp("/play/" + widget);
    Playground p = new Playground(page);
    assertNotNull(p.traceHash(), "the widget published its run");
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void loadsWithoutProblemsAndEveryControlHasAName(String widget) {
    Playground p = open(widget);
    assertEquals(0, p.tick());
    assertTrue(p.maxTick() > 0, "the preset runs for some ticks");
    assertEquals(List.of(), p.unnamedControls());
    assertThat(page.locator("[role=log][aria-live], [aria-live=polite]").first()).isAttached();
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void playAdvancesTheTickAndPauseStopsIt(String widget) {
    Playground p = open(widget);
    p.click("Play");
    assertThat(p.button("Pause")).isVisible();
    page.waitForFunction("() => !document.querySelector('.tick-readout').textContent.startsWith('tick 0 /')");
    p.click("Pause");
    int stopped = p.tick();
    assertTrue(stopped > 0, "playing moved the playhead");
    page.waitForTimeout(600); // several frames at the default speed: a paused player must not move
    assertEquals(stopped, p.tick());
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void stepBackAndSeekShowTheIdenticalStateAsSteppingForward(String widget) {
    Playground p = open(widget);
    int target = Math.min(5, p.maxTick() - 3);
    p.step(target);
    p.waitForTick(target);
    String forward = p.state();

    p.step(3);
    p.waitForTick(target + 3);
    assertNotEquals(forward, p.state(), "three ticks later the picture changed");
    for (int i = 0; i < 3; i++) {
      p.click("Step back");
    }
    p.waitForTick(target);
    assertEquals(forward, p.state(), "stepping back gives the identical rendered state");

    p.click("Jump to end");
    p.waitForTick(p.maxTick());
    p.slider().fill(Integer.toString(target));
    p.waitForTick(target);
    assertEquals(forward, p.state(), "seeking with the slider gives the identical rendered state");

    // Played up to (and stopped at) the end, then stepped back to the target: still the same picture.
    p.click("Jump to start");
    p.waitForTick(0);
    p.speed().selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("64× ticks/s"));
    p.click("Play");
    page.waitForFunction("() => { const t = document.querySelector('.tick-readout').textContent.split(' ');"
        + " return t[1] === t[3]; }");
    int end = p.maxTick();
    for (int i = 0; i < end - target; i++) {
      p.click("Step back");
    }
    p.waitForTick(target);
    assertEquals(forward, p.state(), "played to the end and stepped back: the identical rendered state");
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void draggingTheSliderSeeksToThePointerPosition(String widget) {
    Playground p = open(widget);
    BoundingBox box = p.slider().boundingBox();
    page.mouse().move(box.x + 2, box.y + box.height / 2);
    page.mouse().down();
    page.mouse().move(box.x + box.width * 0.5, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions()
        .setSteps(8));
    page.mouse().up();
    int max = p.maxTick();
    int t = p.tick();
    assertTrue(Math.abs(t - max / 2) <= Math.max(1, max / 10), "dragged to the middle: tick " + t + " of " + max);
    assertEquals(Integer.toString(t), p.slider().inputValue());
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void worksFromTheKeyboardAlone(String widget) {
    Playground p = open(widget);
    // Tab from the top of the page reaches the transport, with a visible focus ring.
    Locator play = p.button("Play");
    for (int i = 0; i < 60 && !(Boolean) play.evaluate("e => e === document.activeElement"); i++) {
      page.keyboard().press("Tab");
    }
    assertTrue((Boolean) play.evaluate("e => e === document.activeElement"), "Tab reaches the Play button");
    String outline = (String) play.evaluate("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
    assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), "visible focus: " + outline);
    page.keyboard().press("Enter");
    assertThat(p.button("Pause")).isVisible();
    page.keyboard().press("Enter");
    assertThat(p.button("Play")).isVisible();

    // The shortcuts, after a click on the chart (the focus leaves the button) and from the bare page.
    page.locator("#playground svg[role=img]").first().click();
    page.keyboard().press("Home");
    p.waitForTick(0);
    page.keyboard().press("ArrowRight");
    p.waitForTick(1);
    page.keyboard().press("Shift+ArrowRight");
    int max = p.maxTick();
    p.waitForTick(Math.min(11, max));
    page.keyboard().press("ArrowLeft");
    p.waitForTick(Math.min(11, max) - 1);
    page.keyboard().press("Shift+ArrowLeft");
    p.waitForTick(Math.max(0, Math.min(11, max) - 11));
    page.keyboard().press("End");
    p.waitForTick(max);
    page.keyboard().press("Home");
    p.waitForTick(0);

    Locator speed = p.speed();
    String before = speed.inputValue();
    page.keyboard().press("]");
    assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(speed.inputValue()), "] is faster");
    page.keyboard().press("[");
    page.keyboard().press("[");
    assertEquals(Integer.parseInt(before) - 1, Integer.parseInt(speed.inputValue()), "[ is slower");

    page.keyboard().press(" ");
    assertThat(p.button("Pause")).isVisible();
    page.keyboard().press(" ");
    assertThat(p.button("Play")).isVisible();

    page.evaluate("() => document.activeElement.blur()");
    assertEquals("BODY", page.evaluate("() => document.activeElement.tagName"));
    page.keyboard().press("End");
    p.waitForTick(max);
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void aSyntaxErrorInAProgramIsShownAndTheLastGoodRunStays(String widget) {
    Playground p = open(widget);
    p.step(2);
    p.waitForTick(2);
    String hash = p.traceHash();
    String state = p.runState();
    Locator program = page.getByLabel("Program").first();
    String good = program.inputValue();

    program.fill("cpu 3, iox 2");
    Locator error = page.locator(".field-error:not([hidden])").first();
    assertThat(error).isVisible();
    assertThat(error).containsText("iox");
    assertThat(error.locator(".error-source")).isVisible();
    assertEquals("true", program.getAttribute("aria-invalid"));
    assertEquals(hash, p.traceHash(), "the old run stays");
    assertEquals(2, p.tick());
    assertEquals(state, p.runState(), "the picture is unchanged");
    screenshot("widget-" + widget + "-syntax-error");

    program.fill(good.equals("cpu 9") ? "cpu 8" : "cpu 9");
    assertThat(page.locator(".field-error:not([hidden])")).hasCount(0);
    page.waitForFunction("h => document.getElementById('playground').getAttribute('data-trace-hash') !== h", hash);
    assertNoProblems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void fitsAPhoneAndADesktopScreen(String widget) {
    page.setViewportSize(360, 780);
    Playground p = open(widget);
    p.step(6);
    p.waitForTick(Math.min(6, p.maxTick()));
    assertTrue(p.overflowPx() <= 0, "no sideways scrolling at 360 px: " + p.overflowPx() + " px too wide");
    screenshot("widget-" + widget + "-360");

    page.setViewportSize(1280, 900);
    page.waitForTimeout(200);
    assertTrue(p.overflowPx() <= 0, "no sideways scrolling at 1280 px");
    screenshot("widget-" + widget + "-1280");
    assertNoProblems();
  }

  @org.junit.jupiter.api.Test
  void atTopSpeedTheTextPanelsKeepUpAndAPausedPictureIsComplete() {
    Playground p = open("cores");
    p.choosePreset("cores-64-on-8");
    p.speed().selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("64× ticks/s"));
    Locator caption = page.locator(".metrics caption").first();
    p.click("Play");
    // Refreshed while playing (a few times a second), not frozen until the pause.
    page.waitForFunction("() => { const m = document.querySelector('.metrics caption').textContent"
        + ".match(/at tick (\\d+)/); return m && Number(m[1]) >= 20; }");
    p.click("Pause");
    int tick = p.tick();
    assertThat(caption).hasText("Metrics so far, at tick " + tick + " (ticks)");
    String paused = p.state();
    p.click("Step back");
    p.click("Step forward");
    p.waitForTick(tick);
    assertEquals(paused, p.state(), "the paused picture is the complete picture of its tick");
    assertNoProblems();
  }
}
