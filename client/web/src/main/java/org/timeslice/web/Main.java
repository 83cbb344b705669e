package org.timeslice.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.DeterminismProbe;
import org.timeslice.model.ostep.OstepCommandLine;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.BenchmarkScenarios;
import org.timeslice.model.sim.CrossCheck;
import org.timeslice.model.sim.Presets;
import org.timeslice.model.sim.Simulator;
import org.timeslice.web.dom.Browser;

/**
 * The browser entry point. {@code main} mounts the page's widgets; the {@link JSExport}ed methods are the
 * page's (and the end-to-end tests') window into the model.
 */
public final class Main {
  /** The benchmark scenarios built so far, by policy name. */
  private static final java.util.TreeMap<String, Scenario> benchmarkScenarios = new java.util.TreeMap<>();

  private Main() {}

  public static void main(String[] args) {
    Browser.mark("timeslice:main"); // docs/benchmarks.md: where start-up time goes
    HTMLDocument document = Window.current().getDocument();
    HTMLElement probe = document.getElementById("determinism-probe");
    if (probe != null) {
      new ProbeView(probe).mount();
    }
    HTMLElement playground = document.getElementById("playground");
    if (playground != null) {
      org.timeslice.web.share.ShareLinks.install();
      WidgetMount.mount(playground);
    }
    HTMLElement realRun = document.getElementById("real-run");
    if (realRun != null) {
      org.timeslice.web.run.RunPanel.fromAttributes(realRun).mount(realRun);
    }
    Browser.markReady(document.getDocumentElement());
  }

  /** {@link DeterminismProbe#fingerprint} for page scripts; the e2e suite compares it with the JVM's. */
  @JSExport
  public static String probe(double seed, int draws) {
    return DeterminismProbe.fingerprint((long) seed, draws);
  }

  /**
   * The trace hash of the preset {@code id} as the browser computes it (null for an unknown id); the e2e
   * suite compares it with {@code /api/simulate}'s {@code hash} for the same scenario.
   */
  @JSExport
  public static String presetHash(String id) {
    return Presets.byId(id) == null ? null : Simulator.run(Presets.byId(id).scenario(), false).hash();
  }

  /**
   * {@link CrossCheck#fingerprint} of the run of {@link CrossCheck#randomScenario}{@code (seed)}: the e2e
   * suite compares it with the JVM's and the hash with {@code /api/simulate}'s.
   */
  @JSExport
  public static String randomScenarioFingerprint(int seed) {
    return CrossCheck.fingerprint(Simulator.run(CrossCheck.randomScenario(seed), false));
  }

  /** {@link CrossCheck#fingerprint} of the run of an OSTEP command line (docs/ostep-profiles.md). */
  @JSExport
  public static String ostepFingerprint(String commandLine) {
    return CrossCheck.fingerprint(Simulator.run(OstepCommandLine.parse(commandLine), false));
  }

  /**
   * Runs the benchmark scenario {@code "RR"} or {@code "MLFQ"} once and returns its trace hash (null for
   * another name). The page script that calls it does the timing (docs/benchmarks.md). Like the JVM
   * harness, it builds each scenario once and times only the run.
   */
  @JSExport
  public static String benchmarkRun(String policy) {
    if (policy == null) {
      return null;
    }
    // Built on first use (not at start-up) and kept; an unknown name is not stored (computeIfAbsent).
    Scenario scenario = benchmarkScenarios.computeIfAbsent(policy, BenchmarkScenarios::byPolicy);
    return scenario == null ? null : BenchmarkScenarios.run(scenario).hash();
  }
}
