package org.timeslice.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The headless Debian Chromium that the end-to-end tests, the browser harnesses and the first-frame
 * recorder all drive, started the same way everywhere.
 */
public final class Chromium {
  private static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

  private Chromium() {}

  /** Playwright without a browser download (Chromium is the system's, {@code -Dtimeslice.chromium}). */
  public static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  public static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("timeslice.chromium", "/usr/bin/chromium")))
        .setHeadless(true).setArgs(ARGS));
  }
}
