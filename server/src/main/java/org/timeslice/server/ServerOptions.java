package org.timeslice.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.timeslice.server.api.RequestBudget;
import org.timeslice.server.run.RunConfig;

/**
 * The server's command line and environment (docs/hosting.md, "Configuration"): each option is a flag
 * ({@code --name VALUE} or {@code --name=VALUE}) and an environment variable; the flag wins. Every value is
 * checked here, so a typo stops the server at start with a message naming the flag or the variable.
 *
 * @param app the HTTP side
 * @param run the real runs of {@code /api/run}
 */
public record ServerOptions(AppConfig app, RunConfig run) {
  /** One option: its flag, its environment variable, what it means, and how it changes the settings. */
  private record Option(String flag, String env, String help, BiFunction<ServerOptions, Value, ServerOptions> apply) {}

  /** A value as given, with where it came from (for messages). */
  record Value(String text, String source) {
    int integer(int min, int max) {
      try {
        int n = Integer.parseInt(text.trim());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new IllegalArgumentException(source + " must be a whole number " + min + ".." + max + ", got '" + text + "'");
    }

    boolean onOff() {
      switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "on", "true", "yes", "1":
          return true;
        case "off", "false", "no", "0":
          return false;
        default:
          throw new IllegalArgumentException(source + " must be on or off, got '" + text + "'");
      }
    }
  }

  private static final List<Option> OPTIONS = List.of(
      new Option("port", "PORT", "TCP port (0: any free port)",
          (o, v) -> o.withApp(o.app.withPort(v.integer(0, 65_535)))),
      new Option("public-url", "PUBLIC_URL", "the address people use, scheme://host[:port] (default: http://localhost:PORT)",
          (o, v) -> o.withApp(o.app.withPublicUrl(publicUrl(v)))),
      new Option("real-runs", "REAL_RUNS", "on or off: whether /api/run runs anything",
          (o, v) -> o.withApp(o.app.withRealRuns(v.onOff()))),
      new Option("python", "TIMESLICE_PYTHON", "the Python of real runs (a name on PATH or a path)",
          (o, v) -> o.withRun(o.run.withPythonExecutable(v.text().trim()))),
      new Option("max-concurrent-runs", "MAX_CONCURRENT_RUNS", "real runs at once",
          (o, v) -> o.withRun(o.run.withSlots(v.integer(1, 64), o.run.maxQueuedRuns()))),
      new Option("max-queued-runs", "MAX_QUEUED_RUNS", "real runs waiting; more get 429",
          (o, v) -> o.withRun(o.run.withSlots(o.run.maxConcurrentRuns(), v.integer(0, 1_000)))),
      new Option("run-time-limit-seconds", "RUN_TIME_LIMIT_SECONDS", "time limit of one real run",
          (o, v) -> o.withRun(o.run.withTimeLimitMillis(v.integer(1, 600) * 1_000L))),
      new Option("max-concurrent-simulations", "MAX_CONCURRENT_SIMULATIONS", "simulations computed at once",
          (o, v) -> o.withApp(o.app.withSimulationSlots(v.integer(1, 256), o.app.maxQueuedSimulations()))),
      new Option("max-queued-simulations", "MAX_QUEUED_SIMULATIONS", "simulations waiting; more get 429",
          (o, v) -> o.withApp(o.app.withSimulationSlots(o.app.maxConcurrentSimulations(), v.integer(0, 10_000)))),
      new Option("max-trace-events", "MAX_TRACE_EVENTS", "trace events one simulation may record",
          (o, v) -> o.withApp(o.app.withBudget(new RequestBudget(v.integer(1, 50_000_000),
              Math.min(o.app.budget().maxEventsPerResponse(), v.integer(1, 50_000_000)),
              o.app.budget().maxTimelineCells(), o.app.budget().maxResponseBytes())))),
      new Option("shutdown-grace-seconds", "SHUTDOWN_GRACE_SECONDS", "on SIGTERM, time left to in-flight runs",
          (o, v) -> o.withApp(o.app.withShutdownGraceMillis(v.integer(0, 3_600) * 1_000L))));

  public static ServerOptions defaults() {
    return new ServerOptions(AppConfig.defaults(), RunConfig.defaults());
  }

  /**
   * Reads {@code args} and then, for options no flag gave, {@code env}.
   *
   * @throws IllegalArgumentException naming the bad flag or variable and the value
   */
  public static ServerOptions parse(String[] args, Map<String, String> env) {
    Map<Option, Value> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      Option option = null;
      String text = null;
      for (Option o : OPTIONS) {
        if (arg.equals("--" + o.flag()) && i + 1 < args.length) {
          option = o;
          text = args[++i];
        } else if (arg.startsWith("--" + o.flag() + "=")) {
          option = o;
          text = arg.substring(o.flag().length() + 3);
        }
        if (option != null) {
          break;
        }
      }
      if (option == null) {
        throw new IllegalArgumentException("unknown argument: " + arg + " (--help lists the options)");
      }
      given.put(option, new Value(text, "--" + option.flag()));
    }
    ServerOptions options = defaults();
    for (Option o : OPTIONS) {
      Value value = given.get(o);
      String fromEnv = env.get(o.env());
      if (value == null && fromEnv != null && !fromEnv.isBlank()) {
        value = new Value(fromEnv, o.env());
      }
      if (value != null) {
        options = o.apply().apply(options, value);
      }
    }
    return options;
  }

  /** One line per option: flag, variable, meaning. */
  public static String usage() {
    List<String> lines = new ArrayList<>();
    lines.add("usage: java -jar timeslice.jar [options] | simulate [--timeline] FILE|- | export-site DIR");
    for (Option o : OPTIONS) {
      lines.add(String.format("  --%-28s %-28s %s", o.flag() + " VALUE", o.env(), o.help()));
    }
    return String.join(System.lineSeparator(), lines);
  }

  private ServerOptions withApp(AppConfig newApp) {
    return new ServerOptions(newApp, run);
  }

  private ServerOptions withRun(RunConfig newRun) {
    return new ServerOptions(app, newRun);
  }

  private static PublicUrl publicUrl(Value v) {
    try {
      return PublicUrl.parse(v.text());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(v.source() + " " + e.getMessage());
    }
  }
}
