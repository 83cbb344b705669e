package org.timeslice.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import org.timeslice.server.cli.DisCommand;
import org.timeslice.server.cli.OstepCommand;
import org.timeslice.server.cli.SimulateCommand;

/**
 * Command line: {@code java -jar timeslice.jar [--port N]} serves the site (port from {@code --port}, else
 * {@code PORT}, else 7070) until SIGTERM or Ctrl-C; {@code java -jar timeslice.jar simulate [--timeline]
 * FILE|-} prints one scenario's result JSON and exits ({@link SimulateCommand}, docs/api.md); {@code
 * java -jar timeslice.jar ostep TOOL ARG…} prints what an OSTEP homework tool prints ({@link OstepCommand});
 * {@code java -jar timeslice.jar dis FILE.py} prints a Python program's CPython 3.11 bytecode ({@link DisCommand}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("ostep")) {
      System.exit(OstepCommand.run(Arrays.copyOfRange(args, 1, args.length), Path.of(""), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("dis")) {
      System.exit(DisCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("simulate")) {
      System.exit(SimulateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
          System.err));
    }
    AppConfig config;
    try {
      config = AppConfig.fromArgs(args, System.getenv("PORT"));
    } catch (IllegalArgumentException e) {
      System.err.println("timeslice: " + e.getMessage());
      System.exit(2);
      return;
    }
    Javalin app = App.create(config);
    // SIGTERM and Ctrl-C run shutdown hooks: stop accepting, finish in-flight requests, then exit.
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "timeslice-shutdown"));
    app.start(config.port());
    System.out.println("Timeslice is running at http://localhost:" + app.port() + "/");
  }
}
