package org.timeslice.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.model.ostep.tool.OstepTools;

/** {@code timeslice ostep TOOL ARG…}: the tool's text on stdout and its status, or one error line and 2. */
class OstepCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return OstepCommand.run(args, dir, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheToolsTextInUtf8() {
    assertEquals(0, run("cpu-api/fork.py", "-s", "3", "-c"));
    assertEquals(OstepTools.run("fork.py", List.of("-s", "3", "-c"), null).stdout(), stdout());
    assertTrue(stdout().contains("├── "), "fork.py's fancy tree is UTF-8");
    assertEquals("", stderr());
  }

  @Test
  void theToolsOwnErrorsKeepItsStatusAndStreams() {
    assertEquals(1, run("fork.py", "-A", "a+b,zz-"));
    assertTrue(stdout().endsWith("bad action (zz-), must be X+Y or X- where X and Y are processes\n"));
    assertEquals(2, run("fork.py", "--nope"));
    assertTrue(stderr().endsWith("fork.py: error: no such option: --nope\n"), stderr());
  }

  @Test
  void anUnknownToolOrNoToolIsOneLineAndStatusTwo() {
    assertEquals(2, run("x86.py", "-p", "a.s"));
    assertTrue(stderr().startsWith("timeslice ostep: tool: \"x86.py\" is ambiguous"), stderr());
    assertEquals("", stdout());
    err.reset();
    assertEquals(2, run());
    assertTrue(stderr().startsWith("timeslice ostep: tool: no tool given (usage: timeslice ostep"), stderr());
  }

  @Test
  void aRunBeyondALimitIsStatusTwoNamingTheLimit() {
    assertEquals(2, run("fork.py", "-f", "nan", "-s", "2"));
    assertTrue(stderr().startsWith("timeslice ostep: args: fork.py would draw more than"), stderr());
    assertEquals("", stdout());
  }
}
