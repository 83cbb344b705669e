package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Share links as a person uses them: edit, copy the link, open it elsewhere; broken links; the embed dialog. */
class ShareIT extends BrowserTest {

  private Locator button(Page p, String name) {
    return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The address as the page sees it (Playwright's page.url() may lag behind pushState). */
  private static String href(Page p) {
    return (String) p.evaluate("() => location.href");
  }

  private static String readout(Page p) {
    return p.locator(".tick-readout").textContent();
  }

  private static String region(Page p) {
    return (String) p.evaluate("() => document.querySelector('[data-role=widget-region]').innerText");
  }

  @Test
  void anEditedStateCopiedAsALinkOpensElsewhereAtTheSameTick() {
    context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
    openApp("/play/scheduler");
    Locator quantum = page.getByLabel("Quantum (ticks)");
    quantum.fill("2");
    page.getByLabel("Seed").fill("7");
    for (int i = 0; i < 6; i++) {
      button(page, "Step forward").click();
    }
    assertThat(page.locator(".tick-readout")).hasText(java.util.regex.Pattern.compile("^tick 6 / \\d+$"));
    assertTrue(href(page).contains("?s=1.") && href(page).endsWith("&t=6"), href(page));

    button(page, "Copy link").click();
    Locator status = page.locator("[data-role=share-status]");
    assertThat(status).hasText("Link copied.");
    assertThat(status).hasAttribute("role", "status");
    assertThat(status).isVisible();
    String link = (String) page.evaluate("() => navigator.clipboard.readText()");
    assertTrue(link.startsWith(url("/play/scheduler?s=1.")) && link.endsWith("&t=6"), link);
    String expectedRegion = region(page);
    String expectedReadout = readout(page);
    screenshot("share-copied");

    Page other = context.newPage();
    other.navigate(link);
    other.waitForSelector("html[data-ts-ready=true]");
    assertThat(other.getByLabel("Quantum (ticks)")).hasValue("2");
    assertThat(other.getByLabel("Seed")).hasValue("7");
    assertEquals(expectedReadout, readout(other));
    assertEquals(expectedRegion, region(other), "the same rendered state");
    assertThat(other).hasTitle("Round robin, quantum 2, 3 tasks — Timeslice");
    assertTrue(other.locator("[data-role=share-notice]").isHidden());
    other.close();
    assertNoProblems();
  }

  @Test
  void editsPushHistoryAndBackRestoresThePreviousState() {
    openApp("/play/scheduler");
    Locator quantum = page.getByLabel("Quantum (ticks)");
    // A new tab's history already holds about:blank, so count the entries the edits add.
    int before = ((Number) page.evaluate("() => history.length")).intValue();
    quantum.fill("4");
    String afterFirst = href(page);
    assertTrue(afterFirst.contains("?s=1."), afterFirst);
    quantum.fill("5");
    assertNotEquals(afterFirst, href(page));
    assertEquals(before + 2, ((Number) page.evaluate("() => history.length")).intValue(), "one entry per edit");
    page.goBack();
    assertThat(quantum).hasValue("4");
    assertEquals(afterFirst, href(page));
    page.goBack();
    assertThat(quantum).hasValue("3");
    assertNoProblems();
  }

  @Test
  void theComparisonPolicyTravelsInTheLink() {
    openApp("/play/scheduler");
    page.getByLabel("Compare with").selectOption("SJF");
    String link = href(page);
    assertTrue(link.contains("?s="), link);
    Page other = context.newPage();
    other.navigate(link);
    other.waitForSelector("html[data-ts-ready=true]");
    assertThat(other.getByLabel("Compare with")).hasValue("SJF");
    other.close();
    assertNoProblems();
  }

  @Test
  void aBrokenLinkShowsASpecificMessageAndTheDefaultScenario() {
    openApp("/play/scheduler?s=1.AA!A&t=3");
    Locator notice = page.getByRole(AriaRole.ALERT);
    assertThat(notice).isVisible();
    assertThat(notice).containsText("character 5 is not allowed");
    assertThat(notice).containsText("Showing the default scenario instead.");
    assertThat(page.getByLabel("Preset")).hasValue("three-jobs-rr");
    assertThat(page.locator(".tick-readout")).hasText(java.util.regex.Pattern.compile("^tick 0 / [1-9]\\d*$"));
    screenshot("share-broken-link");
    assertNoProblems();
  }

  @Test
  void fuzzedLinksNeverLeaveABlankPageOrAConsoleError() {
    String good = "1.ABxyci1zbWFsbC1xdWFudHVtLXN3aXRjaC1jb3N0BgM";
    List<String> links = List.of(good.substring(0, 20), good + "A", good.replace('x', 'y'), "2." + good.substring(2),
        "1.AQ" + "_".repeat(40), "1." + "A".repeat(5_990), "%00%ff", "1.AAAA&t=-1", good + "&t=99999999",
        "1.AWNgVPXU99dNyi_NS1FIBGLngFAoLys_qVihJD89tSQjtYiVmY1VkEmIgcnTX4yBl4kbCQoxMgM1iTEyBgAB");
    for (String s : links) {
      openApp("/play/scheduler?s=" + s);
      assertTrue(page.locator(".gantt svg").first().isVisible(), "a rendered widget for " + s);
      boolean noticeShown = page.getByRole(AriaRole.ALERT).isVisible();
      assertTrue(noticeShown || !href(page).equals(url("/play/scheduler?s=" + s)) || s.equals(good),
          "either the link worked or a message says why: " + s);
    }
    assertNoProblems();
  }

  @Test
  void theEmbedDialogGivesATitledLazyIframeOfTheCurrentState() {
    openApp("/play/cores");
    button(page, "Step forward").click();
    button(page, "Embed").click();
    Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Embed this widget"));
    assertThat(dialog).isVisible();
    String html = page.getByLabel("HTML").inputValue();
    assertTrue(html.startsWith("<iframe src=\"" + url("/embed/cores?s=1.")), html);
    assertTrue(html.contains("&amp;t=1\""), html);
    assertTrue(html.contains("title=\"Concurrency vs parallelism: "), html);
    assertTrue(html.contains("loading=\"lazy\"") && html.contains("height=\"640\""), html);
    assertTrue(html.endsWith("<script async src=\"" + url("/embed.js") + "\"></script>"), html);
    screenshot("share-embed-dialog");
    dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
    assertThat(dialog).isHidden();
    assertNoProblems();
  }

  @Test
  void theEmbedPageFitsA320PixelFrame() {
    page.setViewportSize(320, 700);
    openApp("/embed/scheduler");
    // Wide content may live in a scroller of its own (a long Gantt chart, the metrics table); nothing else
    // may stick out.
    Object wide = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => "
        + "e.getBoundingClientRect().right > window.innerWidth + 0.5 && !(() => {"
        + " for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
        + "   if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX))"
        + "     return a.getBoundingClientRect().right <= window.innerWidth + 0.5; }"
        + " return false; })()).map(e => e.tagName + '.' + e.className"
        + " + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 12).join(', ')");
    assertEquals("", wide, "elements wider than 320 px");
    Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    assertEquals(Boolean.FALSE, overflow, "no sideways scrolling at 320 px");
    assertEquals(0, page.locator(".site-header").count());
    screenshot("share-embed-320");
    assertNoProblems();
  }

}
