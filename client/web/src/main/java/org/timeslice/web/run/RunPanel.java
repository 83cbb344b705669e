package org.timeslice.web.run;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/**
 * The "Run for real" piece a widget embeds (docs/api-run.md): asks {@code /api/run/capabilities} whether
 * this server can run the widget's workload, and if not says so on a disabled button; otherwise, on a
 * click, runs the baseline model and then the widget's model through {@code POST /api/run}, shows progress
 * while they queue and run (retrying politely on 429), and then lays both measured runs on one time axis
 * with the measured and predicted speedups, the relative error, and why the two differ.
 *
 * <p>Use: {@code new RunPanel(spec, prediction).mount(container)}; call {@link #setAxisMillis} to share a
 * time axis with simulated lanes drawn elsewhere.
 */
public final class RunPanel {
  private static final int MAX_BUSY_RETRIES = 3;

  /** What to run: the model to measure and the baseline its speedup is measured against. */
  public record Spec(String runtime, String workload, String model, String baselineModel, int workers, int size) {
    String body(String withModel) {
      return "{\"runtime\":\"" + runtime + "\",\"workload\":\"" + workload + "\",\"model\":\"" + withModel
          + "\",\"workers\":" + workers + ",\"size\":" + size + "}";
    }
  }

  /** The simulation's answer for this host: predicted speedup of the model over the baseline. */
  public interface Prediction {
    /** The predicted speedup on a machine with {@code hostCores} cores. */
    double speedup(int hostCores);

    /** The core count the simulation assumed (for the note; 0 = "the host's"). */
    default int modelCores(int hostCores) {
      return hostCores;
    }
  }

  private final Spec spec;
  private final Prediction prediction;
  private final HTMLElement root = el("div", "run-panel");
  private final HTMLElement button = Dom.button("run-button", "Run for real", null);
  private final HTMLElement status = el("p", "run-status");
  private final HTMLElement result = el("div", "run-result");
  private double axisMillis;
  private int timer = -1;
  private double startedAt;
  private String phase = "";
  private Measurement baseline;
  /** The two measured runs on show, their figures and the result's width they were drawn for (a resize redraws). */
  private Measurement shownBase;
  private Measurement shownModel;
  private double shownAxisMillis;
  private HTMLElement baseLanes;
  private HTMLElement modelLanes;
  private int lanesWidth;

  public RunPanel(Spec spec, Prediction prediction) {
    this.spec = spec;
    this.prediction = prediction;
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    root.appendChild(button);
    root.appendChild(status);
    root.appendChild(result);
    Dom.on(button, "click", e -> start());
    Window.current().addEventListener("resize", e -> redrawLanesIfResized());
  }

  /**
   * A panel configured from a host element's attributes: {@code data-runtime}, {@code data-workload},
   * {@code data-model}, {@code data-baseline}, {@code data-workers}, {@code data-size}. The prediction is
   * that of equal CPU-bound jobs: {@code min(workers, cores)} for a parallel model, 1 otherwise.
   */
  public static RunPanel fromAttributes(HTMLElement host) {
    Spec spec = new Spec(host.getAttribute("data-runtime"), host.getAttribute("data-workload"),
        host.getAttribute("data-model"), host.getAttribute("data-baseline"),
        Integer.parseInt(host.getAttribute("data-workers")), Integer.parseInt(host.getAttribute("data-size")));
    boolean parallel = !spec.model().equals("sequential") && !spec.model().equals("asyncio");
    return new RunPanel(spec, cores -> parallel ? Math.max(1, Math.min(spec.workers(), cores)) : 1);
  }

  public HTMLElement element() {
    return root;
  }

  /** Lays the measured lanes on an axis of at least {@code millis} (e.g. the simulated run's length). */
  public void setAxisMillis(double millis) {
    this.axisMillis = millis;
  }

  /** Appends the panel to {@code host} and asks the server what it can run. */
  public void mount(HTMLElement host) {
    host.appendChild(root);
    button.setAttribute("disabled", "");
    setStatus("Checking what this server can run…");
    Js.fetch("GET", "/api/run/capabilities", null, (code, retry, body) -> capabilities(code, body));
  }

  private void capabilities(int code, JSObject body) {
    if (code != 200) {
      cannotRun("the server did not say what it can run (" + describe(code, body) + ").");
      return;
    }
    JSObject runtimes = Js.get(body, "runtimes");
    for (int i = 0; i < Js.length(runtimes); i++) {
      JSObject runtime = Js.at(runtimes, i);
      if (!spec.runtime().equals(Js.string(runtime, "runtime"))) {
        continue;
      }
      if (!Js.isTrue(runtime, "available")) {
        cannotRun(Js.string(runtime, "reason") + ".");
        return;
      }
      String models = "," + join(Js.get(runtime, "models")) + ",";
      for (String model : new String[] {spec.model(), spec.baselineModel()}) {
        if (!models.contains("," + model + ",")) {
          cannotRun("this server cannot run " + spec.runtime() + " " + model + ".");
          return;
        }
      }
      button.removeAttribute("disabled");
      setStatus("");
      return;
    }
    cannotRun("this server has no " + spec.runtime() + " runtime.");
  }

  private void cannotRun(String why) {
    Dom.setText(button, "Can't run for real here");
    button.setAttribute("disabled", "");
    root.setAttribute("data-state", "unavailable");
    setStatus("This server cannot run it: " + why);
  }

  private void start() {
    button.setAttribute("disabled", "");
    Dom.clear(result);
    root.setAttribute("data-state", "running");
    baseline = null;
    run(spec.baselineModel(), 0);
  }

  private void run(String model, int busyRetries) {
    phase = model;
    startedAt = Js.nowMillis();
    progress();
    stopTimer();
    timer = Js.every(this::progress, 500);
    Js.fetch("POST", "/api/run", spec.body(model), (code, retry, body) -> answered(model, busyRetries, code, retry, body));
  }

  private void progress() {
    double seconds = (Js.nowMillis() - startedAt) / 1000;
    setStatus("Measuring " + spec.runtime() + " " + phase + " on the server (queued or running): "
        + Fmt.oneDecimal(seconds) + " s");
  }

  private void answered(String model, int busyRetries, int code, int retryAfter, JSObject body) {
    stopTimer();
    if (code == 429 && busyRetries < MAX_BUSY_RETRIES) {
      int wait = Math.max(1, retryAfter);
      setStatus("The server is busy with other runs; trying again in " + wait + " s.");
      later(() -> run(model, busyRetries + 1), wait * 1000);
      return;
    }
    if (code != 200) {
      root.setAttribute("data-state", "failed");
      setStatus("The run failed: " + describe(code, body));
      button.removeAttribute("disabled");
      return;
    }
    Measurement measured = Measurement.parse(body);
    if (baseline == null && !model.equals(spec.model())) {
      baseline = measured;
      run(spec.model(), 0);
      return;
    }
    show(baseline == null ? measured : baseline, measured);
  }

  private void show(Measurement base, Measurement model) {
    root.setAttribute("data-state", "done");
    button.removeAttribute("disabled");
    Dom.setText(button, "Run again");
    shownBase = base;
    shownModel = model;
    shownAxisMillis = Math.max(axisMillis, Math.max(base.wallMillis, model.wallMillis));
    lanesWidth = result.getClientWidth();
    baseLanes = lanes(spec.baselineModel(), base);
    modelLanes = lanes(spec.model(), model);
    result.appendChild(baseLanes);
    result.appendChild(modelLanes);
    double measured = Comparison.speedup(base.wallMillis, model.wallMillis);
    double predicted = prediction.speedup(model.cores);
    HTMLElement figures = el("dl", "run-figures");
    figure(figures, "Measured speedup", Comparison.times(measured), "measured-speedup");
    figure(figures, "Predicted speedup", Comparison.times(predicted), "predicted-speedup");
    double error = Comparison.relativeError(measured, predicted);
    figure(figures, "Relative error", error < 0 ? "—" : Fmt.percent(error), "relative-error");
    if (model.counterValue >= 0) {
      figure(figures, "Counter", model.counterValue + " of " + model.counterExpected, "counter");
    }
    figure(figures, "Measured on", model.environment, "environment");
    result.appendChild(figures);
    result.appendChild(text("p", "run-note", Comparison.whyTheyDiffer(model.cores, prediction.modelCores(model.cores))));
    setStatus("Measured: " + spec.model() + " took " + Fmt.oneDecimal(model.wallMillis) + " ms, "
        + spec.baselineModel() + " " + Fmt.oneDecimal(base.wallMillis) + " ms.");
  }

  private HTMLElement lanes(String model, Measurement m) {
    return LanesView.render("Measured: " + model + " (" + Fmt.oneDecimal(m.wallMillis) + " ms)", m,
        shownAxisMillis, lanesWidth);
  }

  private void redrawLanesIfResized() {
    int width = result.getClientWidth();
    if (baseLanes == null || baseLanes.getParentNode() == null || width <= 0 || width == lanesWidth) {
      return;
    }
    lanesWidth = width;
    HTMLElement base = lanes(spec.baselineModel(), shownBase);
    HTMLElement model = lanes(spec.model(), shownModel);
    result.replaceChild(base, baseLanes);
    result.replaceChild(model, modelLanes);
    baseLanes = base;
    modelLanes = model;
  }

  private static void figure(HTMLElement list, String term, String value, String role) {
    HTMLElement wrap = el("div", null);
    wrap.appendChild(text("dt", null, term));
    HTMLElement dd = text("dd", null, value);
    dd.setAttribute("data-role", role);
    wrap.appendChild(dd);
    list.appendChild(wrap);
  }

  private void setStatus(String text) {
    Dom.setText(status, text);
  }

  private void stopTimer() {
    if (timer >= 0) {
      Js.cancel(timer);
      timer = -1;
    }
  }

  private static String describe(int code, JSObject body) {
    String error = Js.string(body, "error");
    if (code == 0) {
      return "the server could not be reached";
    }
    return error != null ? error + " (HTTP " + code + ")" : "HTTP " + code;
  }

  private static String join(JSObject array) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Js.length(array); i++) {
      out.append(i == 0 ? "" : ",").append(Js.string(array, Integer.toString(i)));
    }
    return out.toString();
  }

  @JSBody(params = {"tick", "millis"}, script = "setTimeout(tick, millis);")
  private static native void later(Js.Tick tick, int millis);
}
