package org.timeslice.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.timeslice.model.python.Dis;
import org.timeslice.model.python.compiler.Compiler;
import org.timeslice.model.python.syntax.PythonSyntaxError;

/**
 * {@code timeslice dis FILE.py|-}: compiles a Python program with the model's CPython 3.11 compiler and
 * prints its disassembly exactly as {@code python3.11 -m dis FILE.py} does (only the {@code 0x...} addresses
 * of code objects differ). Standard input is named {@code <stdin>}, as CPython names it.
 *
 * <p>Exit codes: 0 with the listing on {@code out}; 2 with {@code timeslice: FILE: line L, column C: reason}
 * on {@code err} for a syntax error, a construct outside the supported subset (docs/python.md), an
 * unreadable file or a bad command line. Nothing here calls {@code System.exit}.
 */
public final class DisCommand {
  static final String USAGE = "usage: timeslice dis FILE.py|-";

  private DisCommand() {}

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].startsWith("-") && !args[0].equals("-")) {
      err.println("timeslice: arguments: " + (args.length == 0 ? "no Python file given" : "unexpected arguments")
          + " (" + USAGE + ")");
      return SimulateCommand.BAD_INPUT;
    }
    String file = args[0];
    String name = file.equals("-") ? "<stdin>" : file;
    String source;
    try {
      byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
      source = new String(bytes, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("timeslice: " + file + ": no such file");
      return SimulateCommand.BAD_INPUT;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      err.println("timeslice: " + file + ": cannot read: " + e.getMessage());
      return SimulateCommand.BAD_INPUT;
    }
    try {
      out.print(Dis.dis(Compiler.compile(source, name)));
      out.flush();
      return SimulateCommand.OK;
    } catch (PythonSyntaxError e) {
      err.println("timeslice: " + name + ": " + e.getMessage());
      return SimulateCommand.BAD_INPUT;
    }
  }
}
