package org.timeslice.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** The headless Debian Chromium every browser harness measures with, started the same way as the e2e tests. */
final class BenchBrowser {
  private static final List<String> CHROMIUM_ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

  private BenchBrowser() {}

  /** Playwright without a browser download (Chromium is the system's, {@code -Dtimeslice.chromium}). */
  static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("timeslice.chromium", "/usr/bin/chromium")))
        .setHeadless(true).setArgs(CHROMIUM_ARGS));
  }
}
