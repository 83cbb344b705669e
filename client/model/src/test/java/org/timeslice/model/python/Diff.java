package org.timeslice.model.python;

/** Short failure messages for long golden texts: where the first difference is, with some context. */
final class Diff {
  private Diff() {}

  static String first(String expected, String actual) {
    if (expected.equals(actual)) {
      return "equal";
    }
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int line = 1;
    for (int k = 0; k < i; k++) {
      if (expected.charAt(k) == '\n') {
        line++;
      }
    }
    int from = Math.max(0, i - 300);
    return "first difference at line " + line + ", offset " + i + "\n--- expected:\n"
        + expected.substring(from, Math.min(expected.length(), i + 300)) + "\n--- actual:\n"
        + actual.substring(from, Math.min(actual.length(), i + 300));
  }
}
