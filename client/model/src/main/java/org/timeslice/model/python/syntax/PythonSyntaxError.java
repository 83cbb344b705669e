package org.timeslice.model.python.syntax;

/**
 * A program the compiler cannot accept: a syntax error, or a construct outside the supported subset. Carries
 * the 1-based line and column it points at, so an editor can mark the spot; {@link #getMessage()} reads
 * "line 4, column 9: lambda is not supported".
 */
public final class PythonSyntaxError extends RuntimeException {
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param line 1-based line
   * @param column 1-based column (in characters)
   * @param reason what is wrong, without the position
   */
  public PythonSyntaxError(int line, int column, String reason) {
    super("line " + line + ", column " + column + ": " + reason);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** 1-based line of the error. */
  public int line() { return line; }

  /** 1-based column of the error, in characters. */
  public int column() { return column; }

  /** The message without the position, e.g. "lambda is not supported". */
  public String reason() { return reason; }
}
