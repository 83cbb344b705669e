package org.timeslice.model.x86;

/**
 * Where x86.py stops a program: its own message ({@code ABORT:: …}, {@code illegal opcode: …}) or a Python
 * exception it does not catch (a KeyError for memory that was never there, a TypeError for running data,
 * …). Exit status 1 either way; what was printed before stays printed.
 */
public final class X86Failure extends RuntimeException {
  private final String stdout;
  private final String pythonError;
  private final int line;

  /**
   * @param stdout what the tool prints as it stops (a line with its newline, or "")
   * @param pythonError the exception, e.g. {@code KeyError: 2000}, or null for the tool's own message
   * @param line the program line (1-based), or 0 when not about one line
   */
  X86Failure(String stdout, String pythonError, int line) {
    super(pythonError != null ? pythonError : stdout.trim(), null, false, false);
    this.stdout = stdout;
    this.pythonError = pythonError;
    this.line = line;
  }

  static X86Failure abort(String message, int line) {
    return new X86Failure("ABORT:: " + message + "\n", null, line);
  }

  static X86Failure printing(String text, int line) {
    return new X86Failure(text + "\n", null, line);
  }

  static X86Failure python(String error, int line) {
    return new X86Failure("", error, line);
  }

  /** What the tool prints on standard output as it stops ("" for a Python exception). */
  public String stdout() {
    return stdout;
  }

  /** The uncaught Python exception ({@code KeyError: 2000}), or null. */
  public String pythonError() {
    return pythonError;
  }

  /** The program line it concerns, 1-based, or 0. */
  public int line() {
    return line;
  }

  /**
   * A sentence for a person: the line and what is wrong, in plain words where the tool's are cryptic (an
   * unknown label is its KeyError, a long immediate its {@code correct form is $number}), else the tool's.
   */
  public String describe() {
    String said = stdout.trim().startsWith("ABORT:: ") ? stdout.trim().substring(8) : stdout.trim();
    String what;
    if (pythonError != null && pythonError.startsWith("KeyError: '.")) {
      what = "no label " + pythonError.substring(11, pythonError.length() - 1);
    } else if (pythonError != null) {
      what = "x86.py stops with " + pythonError;
    } else if (said.startsWith("correct form is $number (not ")) {
      what = "an immediate is $ and one digit (x86.py reads no more), not "
          + said.substring("correct form is $number (not ".length(), said.length() - 1);
    } else if (said.startsWith("illegal opcode:  ")) {
      what = "illegal opcode " + said.substring("illegal opcode:  ".length());
    } else {
      what = said;
    }
    return line > 0 ? "line " + line + ": " + what : what;
  }
}
