package org.timeslice.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timeslice dis}: the listing {@code python3.11 -m dis} prints (expected output below captured from
 * CPython 3.11.7 on this machine), or one error line and exit 2. The model's golden corpus covers the
 * compiler itself; this checks the command around it.
 */
class DisCommandTest {
  private static final String LOOP = "x = 0\nfor i in range(2):\n    x += i\n";
  private static final String LOOP_DIS = """
        0           0 RESUME                   0

        1           2 LOAD_CONST               0 (0)
                    4 STORE_NAME               0 (x)

        2           6 PUSH_NULL
                    8 LOAD_NAME                1 (range)
                   10 LOAD_CONST               1 (2)
                   12 PRECALL                  1
                   16 CALL                     1
                   26 GET_ITER
              >>   28 FOR_ITER                 7 (to 44)
                   30 STORE_NAME               2 (i)

        3          32 LOAD_NAME                0 (x)
                   34 LOAD_NAME                2 (i)
                   36 BINARY_OP               13 (+=)
                   40 STORE_NAME               0 (x)
                   42 JUMP_BACKWARD            8 (to 28)

        2     >>   44 LOAD_CONST               2 (None)
                   46 RETURN_VALUE
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(InputStream in, String... args) {
    return DisCommand.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static InputStream none() {
    return new ByteArrayInputStream(new byte[0]);
  }

  @Test
  void fileIsDisassembledExactlyAsCpythonDoes() throws Exception {
    Path file = Files.writeString(dir.resolve("loop.py"), LOOP);
    assertEquals(0, run(none(), file.toString()));
    assertEquals(LOOP_DIS, out.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void standardInputWorksToo() {
    assertEquals(0, run(new ByteArrayInputStream(LOOP.getBytes(StandardCharsets.UTF_8)), "-"));
    assertEquals(LOOP_DIS, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void constructOutsideTheSubsetIsOneLineAndExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("m.py"), "x = 1\nmatch x:\n    case 1:\n        pass\n");
    assertEquals(2, run(none(), file.toString()));
    assertEquals("timeslice: " + file + ": line 2, column 1: a match statement is not supported\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void syntaxErrorNamesTheLine() {
    assertEquals(2, run(new ByteArrayInputStream("if x\n    pass\n".getBytes(StandardCharsets.UTF_8)), "-"));
    assertEquals("timeslice: <stdin>: line 1, column 5: expected ':'\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void missingFileAndBadArgumentsExitTwo() {
    assertEquals(2, run(none(), dir.resolve("nope.py").toString()));
    assertEquals(2, run(none()));
    assertEquals(2, run(none(), "a.py", "b.py"));
    assertEquals(3, err.toString(StandardCharsets.UTF_8).lines().count());
  }
}
