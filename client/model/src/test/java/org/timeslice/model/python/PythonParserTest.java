package org.timeslice.model.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.model.python.syntax.Parser;

/** Every corpus program parses to CPython 3.11.7's syntax tree, node spans included. */
class PythonParserTest {
  static List<String> programs() {
    return Corpus.names();
  }

  @ParameterizedTest
  @MethodSource("programs")
  void treeMatchesCpython(String name) {
    String expected = Corpus.read(name + ".ast").strip();
    String actual = AstDump.module(Parser.parseModule(Corpus.read(name + ".py")));
    if (!expected.equals(actual)) {
      fail(name + ": " + Diff.first(expected, actual));
    }
  }
}
