package org.timeslice.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.util.Arrays;
import java.util.List;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.BenchmarkScenarios;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.e2e.Chromium;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * The browser half of docs/benchmarks.md: the same {@link BenchmarkScenarios} runs on this JVM and in
 * headless Chromium (the TeaVM bundle served by the real server). The two sides take turns, one JVM run
 * then one browser run, so both see the same machine load: on a shared VM the speed of both drifts by
 * tens of percent within a minute, and measuring one side after the other would fold that drift into the
 * ratio. Each side warms up first (V8 needs about as many runs as the JIT of the JVM to reach its fastest
 * code); the page times each {@code benchmarkRun(policy)} call with {@code performance.now()}. The
 * browser's hash must equal the JVM's, or the harness stops.
 *
 * <p>Not a test (nothing asserts a time): {@code mvn -o -q -pl e2e -am -Pbench -DskipTests verify}.
 * System properties {@code bench.warmups} and {@code bench.runs} (defaults 30 and 31), passed to the
 * harness's JVM by the {@code bench} profile.
 */
public final class BrowserBenchmark {
  private static final String TIME_ONE_RUN =
      "p => { const start = performance.now(); benchmarkRun(p); return performance.now() - start; }";

  private BrowserBenchmark() {}

  public static void main(String[] args) {
    int warmups = Integer.getInteger("bench.warmups", 30);
    int runs = Integer.getInteger("bench.runs", 31);
    Javalin server = App.create(AppConfig.defaults().withPort(0)).start(0);
    try (Playwright playwright = Chromium.playwright()) {
      Browser browser = Chromium.launch(playwright);
      Page page = browser.newPage();
      page.navigate("http://localhost:" + server.port() + "/");
      page.waitForSelector("html[data-ts-ready=true]");
      System.out.println("Chromium " + browser.version() + " vs JVM " + System.getProperty("java.version")
          + ", " + warmups + " warm-up and " + runs + " measured runs each, taking turns");
      for (String policy : List.of("RR", "MLFQ")) {
        Scenario scenario = BenchmarkScenarios.byPolicy(policy);
        SimulationResult jvmResult = BenchmarkScenarios.run(scenario);
        String browserHash = (String) page.evaluate("p => benchmarkRun(p)", policy);
        if (!jvmResult.hash().equals(browserHash)) {
          throw new IllegalStateException(policy + ": browser hash " + browserHash + " != JVM hash "
              + jvmResult.hash());
        }
        double[] jvm = new double[runs];
        double[] js = new double[runs];
        double[] ratios = new double[runs];
        for (int i = -warmups; i < runs; i++) {
          long start = System.nanoTime();
          BenchmarkScenarios.run(scenario);
          double jvmMs = (System.nanoTime() - start) / 1e6;
          double jsMs = ((Number) page.evaluate(TIME_ONE_RUN, policy)).doubleValue();
          if (i >= 0) {
            jvm[i] = jvmMs;
            js[i] = jsMs;
            ratios[i] = jsMs / jvmMs;
          }
        }
        Arrays.sort(jvm);
        Arrays.sort(js);
        Arrays.sort(ratios);
        System.out.printf("%-5s JVM median %6.1f ms (min %6.1f)  Chromium median %6.1f ms (min %6.1f)"
                + "  ratio of medians %.1fx  median ratio of turns %.1fx  events %d  hash %s%n", policy,
            median(jvm), jvm[0], median(js), js[0], median(js) / median(jvm), median(ratios),
            jvmResult.trace().size(), browserHash);
      }
      browser.close();
    } finally {
      server.stop();
    }
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
