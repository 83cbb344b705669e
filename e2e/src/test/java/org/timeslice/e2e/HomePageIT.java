package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class HomePageIT extends BrowserTest {

  @Test
  void homePageStartsTheAppWithoutConsoleErrorsOrFailedRequests() {
    openApp("/");

    assertThat(page).hasTitle("Timeslice: watch concurrency happen");
    assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName("Watch concurrency happen"))).isVisible();
    assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName("CPU scheduler"))).isVisible();
    // The favicon is requested by Chromium on its own; a 404 there would be a failed request.
    page.waitForLoadState();
    assertTrue(Files.isRegularFile(screenshot("home-1280")));
    assertNoProblems();
  }

  @Test
  void homePageFitsAPhoneScreen() {
    page.setViewportSize(360, 740);
    openApp("/");

    Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    assertTrue(Boolean.FALSE.equals(overflow), "the page must not scroll sideways at 360 px");
    screenshot("home-360");
    assertNoProblems();
  }
}
