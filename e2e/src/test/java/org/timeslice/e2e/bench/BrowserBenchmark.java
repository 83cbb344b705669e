package org.timeslice.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.BenchmarkScenarios;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * The browser half of docs/benchmarks.md: the same {@link BenchmarkScenarios} runs, once on this JVM and
 * once in headless Chromium (the TeaVM bundle served by the real server), measured the same way at the
 * same moment, so the ratio is fair on a shared machine. Each side warms up first; the page times each
 * {@code benchmarkRun(policy)} call with {@code performance.now()}. The browser's hash must equal the
 * JVM's, or the harness stops.
 *
 * <p>Not a test (nothing asserts a time): {@code mvn -o -q -pl e2e -am -Pbench -DskipTests verify}.
 * System properties {@code bench.warmups} and {@code bench.runs} (defaults 10 and 15).
 */
public final class BrowserBenchmark {

  private BrowserBenchmark() {}

  public static void main(String[] args) {
    int warmups = Integer.getInteger("bench.warmups", 10);
    int runs = Integer.getInteger("bench.runs", 15);
    Javalin server = App.create(AppConfig.defaults().withPort(0)).start(0);
    try (Playwright playwright = BenchBrowser.playwright()) {
      Browser browser = BenchBrowser.launch(playwright);
      Page page = browser.newPage();
      page.navigate("http://localhost:" + server.port() + "/");
      page.waitForSelector("html[data-ts-ready=true]");
      System.out.println("Chromium " + browser.version() + " vs JVM " + System.getProperty("java.version")
          + ", " + warmups + " warm-up and " + runs + " measured runs each");
      for (String policy : List.of("RR", "MLFQ")) {
        Scenario scenario = BenchmarkScenarios.byPolicy(policy);
        SimulationResult jvmResult = BenchmarkScenarios.run(scenario);
        double[] jvm = jvmTimes(scenario, warmups, runs);
        String browserHash = (String) page.evaluate("p => benchmarkRun(p)", policy);
        if (!jvmResult.hash().equals(browserHash)) {
          throw new IllegalStateException(policy + ": browser hash " + browserHash + " != JVM hash "
              + jvmResult.hash());
        }
        double[] js = browserTimes(page, policy, warmups, runs);
        System.out.printf("%-5s JVM median %6.1f ms (min %6.1f)  Chromium median %6.1f ms (min %6.1f)"
                + "  ratio %.1fx  events %d  hash %s%n", policy, median(jvm), jvm[0], median(js), js[0],
            median(js) / median(jvm), jvmResult.trace().size(), browserHash);
      }
      browser.close();
    } finally {
      server.stop();
    }
  }

  private static double[] jvmTimes(Scenario scenario, int warmups, int runs) {
    for (int i = 0; i < warmups; i++) {
      BenchmarkScenarios.run(scenario);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      BenchmarkScenarios.run(scenario);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  @SuppressWarnings("unchecked")
  private static double[] browserTimes(Page page, String policy, int warmups, int runs) {
    List<Object> times = (List<Object>) page.evaluate("([p, warmups, runs]) => {"
        + " for (let i = 0; i < warmups; i++) benchmarkRun(p);"
        + " const ms = [];"
        + " for (let i = 0; i < runs; i++) {"
        + "   const start = performance.now(); benchmarkRun(p); ms.push(performance.now() - start); }"
        + " return ms; }", new ArrayList<>(List.of(policy, warmups, runs)));
    double[] ms = times.stream().mapToDouble(t -> ((Number) t).doubleValue()).toArray();
    Arrays.sort(ms);
    return ms;
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
