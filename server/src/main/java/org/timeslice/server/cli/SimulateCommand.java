package org.timeslice.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.server.api.ResultJson;
import org.timeslice.server.api.ScenarioJson;
import org.timeslice.server.api.TimelineRule;

/**
 * {@code timeslice simulate [--timeline] FILE|-}: runs one scenario file (or standard input) and prints the
 * same result JSON as {@code POST /api/simulate}, with the same timeline rule ({@code --timeline} forces it).
 *
 * <p>Exit codes: 0 with the result on {@code out}; 2 with {@code timeslice: <field>: <message>} on
 * {@code err} for a bad command line, an unreadable file, or a scenario the API would answer with 400.
 * Nothing here calls {@code System.exit}, so tests run it in-process.
 */
public final class SimulateCommand {
  public static final int OK = 0;
  public static final int BAD_INPUT = 2;
  static final String USAGE = "usage: timeslice simulate [--timeline] FILE|-";

  private SimulateCommand() {}

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code simulate}
   * @param in read when the file is {@code -}
   * @return the process exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    boolean timeline = false;
    String file = null;
    for (String arg : args) {
      if (arg.equals("--timeline")) {
        timeline = true;
      } else if (file == null && (arg.equals("-") || !arg.startsWith("-"))) {
        file = arg;
      } else {
        return fail(err, "arguments", "unexpected argument " + arg + " (" + USAGE + ")");
      }
    }
    if (file == null) {
      return fail(err, "arguments", "no scenario file given (" + USAGE + ")");
    }
    try {
      byte[] json = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
      Scenario scenario = ScenarioJson.parse(json);
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      ResultJson.write(TimelineRule.simulate(scenario, timeline), buffered);
      buffered.write('\n');
      buffered.flush();
      return OK;
    } catch (InvalidScenarioException e) {
      return fail(err, e.field(), e.getMessage());
    } catch (SimulationLimitException e) {
      return fail(err, e.field(), e.getMessage());
    } catch (NoSuchFileException e) {
      return fail(err, file, "no such file");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return fail(err, file, "cannot read: " + e.getMessage());
    }
  }

  private static int fail(PrintStream err, String field, String message) {
    err.println("timeslice: " + field + ": " + message);
    return BAD_INPUT;
  }
}
