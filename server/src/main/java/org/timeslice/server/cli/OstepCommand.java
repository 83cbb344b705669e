package org.timeslice.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.tool.OstepTools;
import org.timeslice.model.ostep.tool.ToolRun;

/**
 * {@code timeslice ostep [--open] TOOL [ARG…]}: runs one OSTEP homework simulator's command line and prints
 * exactly what the tool prints, on the same streams, exiting with the tool's status (docs/ostep-profiles.md,
 * "The ostep command"). Files the tool opens ({@code x86.py -p prog.s}) are read from {@code dir}, the
 * current directory. {@code --open} also writes the playground link of the run to standard error.
 *
 * <p>Exit codes: the tool's own; 2 with {@code timeslice ostep: <field>: <message>} on {@code err} for an
 * unknown tool or a run beyond one of the model's limits. Nothing here calls {@code System.exit}.
 */
public final class OstepCommand {
  static final String USAGE = "usage: timeslice ostep [--open] TOOL [ARG...]   (TOOL: "
      + String.join(", ", OstepTools.TOOLS) + ")";

  private OstepCommand() {}

  /**
   * Runs the command.
   *
   * @param args the arguments after {@code ostep}
   * @param dir where the tool's files are read from
   * @return the process exit code
   */
  public static int run(String[] args, Path dir, OutputStream out, PrintStream err) {
    List<String> words = Arrays.asList(args);
    boolean open = !words.isEmpty() && words.get(0).equals("--open");
    if (open) {
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return fail(err, "tool", "no tool given (" + USAGE + ")");
    }
    try {
      ToolRun run = OstepTools.runReading(words.get(0), words.subList(1, words.size()), name -> read(dir, name));
      out.write(run.stdout().getBytes(StandardCharsets.UTF_8));
      out.flush();
      err.print(run.stderr());
      if (open && run.open() != null) {
        err.println("open: " + run.open());
      }
      err.flush();
      return run.exitCode();
    } catch (InvalidScenarioException e) {
      return fail(err, e.field(), e.getMessage());
    } catch (SimulationLimitException e) {
      return fail(err, e.field(), e.getMessage());
    } catch (IOException e) {
      return fail(err, "stdout", "cannot write: " + e.getMessage());
    }
  }

  /** A file of {@code dir}, or null where the tool would find none (missing, a directory, unreadable). */
  private static String read(Path dir, String name) {
    try {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        return null;
      }
      if (Files.size(file) > 4L * Limits.MAX_OSTEP_FILE_CHARS) {
        throw new InvalidScenarioException("files", "at most " + Limits.MAX_OSTEP_FILE_CHARS
            + " characters", "the file " + name + " has more than " + Limits.MAX_OSTEP_FILE_CHARS
            + " characters");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }

  private static int fail(PrintStream err, String field, String message) {
    err.println("timeslice ostep: " + field + ": " + message);
    return SimulateCommand.BAD_INPUT;
  }
}
