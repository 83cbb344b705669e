package org.timeslice.model.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.model.python.compiler.Compiler;
import org.timeslice.model.python.syntax.PythonSyntaxError;

/**
 * Programs CPython rejects are rejected at the same line with CPython's message ({@code errors/NAME.err},
 * written by {@code regenerate.py}); valid programs outside the supported subset get "... is not
 * supported" at the line and column their first comment names.
 */
class CompileErrorsTest {
  static List<String> errors() {
    return Corpus.names("errors");
  }

  static List<String> unsupported() {
    return Corpus.names("unsupported");
  }

  @ParameterizedTest
  @MethodSource("errors")
  void syntaxErrorsMatchCpythonsLineAndMessage(String name) {
    String source = Corpus.read("errors", name + ".py");
    PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Compiler.compile(source, name + ".py"));
    String expected = Corpus.read("errors", name + ".err").strip();
    assertEquals(expected, "line " + e.line() + ": " + e.reason(), name);
  }

  @ParameterizedTest
  @MethodSource("unsupported")
  void constructsOutsideTheSubsetAreNamedAtTheirPosition(String name) {
    String source = Corpus.read("unsupported", name + ".py");
    String expected = source.substring("# expect: ".length(), source.indexOf('\n'));
    PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> Compiler.compile(source, name + ".py"));
    assertEquals(expected, e.getMessage(), name);
  }
}
