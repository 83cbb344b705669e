package org.timeslice.model.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden corpus under {@code src/test/resources/python/corpus}: Python programs with the output of the
 * real CPython 3.11.7 beside them ({@code NAME.dis}, {@code NAME.ast}), written by {@code regenerate.py}.
 */
final class Corpus {
  private Corpus() {}

  /** Names of the corpus programs (without {@code .py}), from the index file. */
  static List<String> names() {
    return names("corpus");
  }

  /** Names listed in {@code dir/index.txt} ({@code corpus}, {@code errors}, {@code unsupported}). */
  static List<String> names(String dir) {
    String index = read(dir, "index.txt");
    List<String> out = new ArrayList<>();
    for (String line : index.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.trim());
      }
    }
    return out;
  }

  static String read(String file) {
    return read("corpus", file);
  }

  static String read(String dir, String file) {
    try (InputStream in = Corpus.class.getResourceAsStream("/python/" + dir + "/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
