package org.timeslice.server.run;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * A server in a child JVM for the tests that kill it ({@link ChildServerTest}): the app as {@code Main} builds
 * it, stopped by the same shutdown hook on SIGTERM, with real runs made long enough to be in flight.
 * {@code java -cp TEST_CLASSPATH org.timeslice.server.run.ChildServer SCRATCH_DIR WORK_SCALE_PERCENT GRACE_MILLIS};
 * prints {@code PORT n} once it listens.
 */
public final class ChildServer {
  private ChildServer() {}

  public static void main(String[] args) {
    RunConfig runs = RunConfig.defaults().withScratchDir(Path.of(args[0])).withWorkScalePercent(Integer.parseInt(args[1]))
        .withTimeLimitMillis(120_000).withSlots(1, 1);
    AppConfig config = AppConfig.defaults().withPort(0).withShutdownGraceMillis(Long.parseLong(args[2]));
    Javalin app = App.create(config, runs);
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "timeslice-shutdown"));
    app.start(0);
    System.out.println("PORT " + app.port());
    System.out.flush();
  }
}
