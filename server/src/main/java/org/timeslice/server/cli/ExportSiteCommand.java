package org.timeslice.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.timeslice.server.PublicUrl;
import org.timeslice.server.site.StaticSite;

/**
 * {@code timeslice export-site DIR [--public-url URL]}: writes the site as static files into DIR
 * ({@link StaticSite}, docs/hosting.md). Exit codes: 0 done; 2 bad arguments; 1 the export failed.
 */
public final class ExportSiteCommand {
  static final String USAGE = "usage: timeslice export-site DIR [--public-url https://host]";

  private ExportSiteCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String dir = null;
    PublicUrl publicUrl = PublicUrl.rootRelative();
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--public-url") && i + 1 < args.length) {
          publicUrl = PublicUrl.parse(args[++i]);
        } else if (args[i].startsWith("--public-url=")) {
          publicUrl = PublicUrl.parse(args[i].substring("--public-url=".length()));
        } else if (dir == null && !args[i].startsWith("-")) {
          dir = args[i];
        } else {
          throw new IllegalArgumentException("unexpected argument " + args[i]);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("no directory given");
      }
    } catch (IllegalArgumentException e) {
      err.println("timeslice: export-site: " + e.getMessage() + " (" + USAGE + ")");
      return 2;
    }
    try {
      Path target = Path.of(dir).toAbsolutePath();
      out.println("Writing the static site to " + target + " …");
      List<String> files = StaticSite.export(target, publicUrl, line -> out.println("  " + line));
      out.println("Done: " + files.size() + " files. Serve " + target + " with any static file server"
          + " (docs/hosting.md), e.g. python3 -m http.server --directory " + target);
      return 0;
    } catch (IOException e) {
      err.println("timeslice: export-site: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
