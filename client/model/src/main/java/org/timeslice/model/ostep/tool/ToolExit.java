package org.timeslice.model.ostep.tool;

/**
 * A port stops where the tool stops early: {@code exit(n)}, optparse's error or help, or a Python exception
 * the tool does not catch (status 1; the message stands in for the traceback). What was printed before
 * stays printed.
 */
final class ToolExit extends RuntimeException {
  private final int status;
  private final String stderr;
  private final String stdout;

  /**
   * @param status the exit status
   * @param stderr what the tool writes to standard error
   * @param stdout what the tool prints to standard output on its way out (often nothing)
   */
  ToolExit(int status, String stderr, String stdout) {
    super(stderr, null, false, false);
    this.status = status;
    this.stderr = stderr;
    this.stdout = stdout;
  }

  /** {@code print(line); exit(status)}. */
  static ToolExit printing(String line, int status) {
    return new ToolExit(status, "", line + "\n");
  }

  /** An uncaught Python exception: status 1, its type and message where Python prints the traceback. */
  static ToolExit crash(String tool, String exception, String message) {
    return new ToolExit(1, tool + ": the tool stops here with a Python " + exception + " (" + message
        + ")\n", "");
  }

  int status() {
    return status;
  }

  String stderr() {
    return stderr;
  }

  String stdout() {
    return stdout;
  }
}
