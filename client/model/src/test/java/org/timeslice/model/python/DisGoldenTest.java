package org.timeslice.model.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.model.python.compiler.Compiler;

/**
 * {@code dis} of every corpus program equals what {@code python3.11 -m dis} printed for it (the golden
 * {@code .dis} files, made by {@code regenerate.py} with CPython 3.11.7); only code object addresses may
 * differ.
 */
class DisGoldenTest {
  static List<String> programs() {
    return Corpus.names();
  }

  static String normalize(String dis) {
    return dis.replaceAll("0x[0-9a-f]+", "0x?");
  }

  @ParameterizedTest
  @MethodSource("programs")
  void disMatchesCpython(String name) {
    String expected = normalize(Corpus.read(name + ".dis"));
    String actual = normalize(Dis.dis(Compiler.compile(Corpus.read(name + ".py"), name + ".py")));
    if (!expected.equals(actual)) {
      fail(name + ": " + Diff.first(expected, actual));
    }
  }
}
