package org.timeslice.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.timeslice.server.cli.DisCommand;
import org.timeslice.server.cli.ExportSiteCommand;
import org.timeslice.server.cli.OstepCommand;
import org.timeslice.server.cli.SimulateCommand;

/**
 * Command line: {@code java -jar timeslice.jar [options]} serves the site until SIGTERM or Ctrl-C (options:
 * {@link ServerOptions}, {@code --help}); {@code java -jar timeslice.jar simulate [--timeline] FILE|-} prints
 * one scenario's result JSON and exits ({@link SimulateCommand}, docs/api.md); {@code java -jar timeslice.jar
 * ostep TOOL ARG…} prints what an OSTEP homework tool prints ({@link OstepCommand}); {@code java -jar
 * timeslice.jar dis FILE.py} prints a Python program's CPython 3.11 bytecode ({@link DisCommand});
 * {@code java -jar timeslice.jar export-site DIR} writes the site as static files ({@link ExportSiteCommand},
 * docs/hosting.md).
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
    if (args.length > 0 && args[0].equals("export-site")) {
      System.exit(ExportSiteCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(ServerOptions.usage());
      return;
    }
    ServerOptions options;
    try {
      options = ServerOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("timeslice: " + e.getMessage());
      System.exit(2);
      return;
    }
    Javalin app = App.create(options.app(), options.run());
    // SIGTERM and Ctrl-C run shutdown hooks: stop accepting, finish in-flight requests, then exit.
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "timeslice-shutdown"));
    app.start(options.app().port());
    System.out.println("Timeslice is running at http://localhost:" + app.port() + "/"
        + (options.app().publicUrl().isConfigured() ? " (public URL " + options.app().publicUrl() + ")" : ""));
  }
}
