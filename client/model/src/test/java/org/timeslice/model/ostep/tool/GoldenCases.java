package org.timeslice.model.ostep.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden files of {@code src/test/resources/ostep/golden}, written by {@code regenerate.py} from the real
 * tools: per case the arguments, the x86 programs it reads (from {@code ostep/x86/}), the exit status and
 * the exact standard output.
 */
final class GoldenCases {
  private static final String MARK = "@@@ ";

  /** One recorded run of a tool. */
  record Case(String tool, int index, List<String> args, Map<String, String> files, int exit,
      String stdout) {
    String describe() {
      return tool + " case " + index + ": " + String.join(" ", args);
    }
  }

  private GoldenCases() {}

  static List<Case> of(String tool) {
    String text = resource("ostep/golden/" + tool.replace('/', '_') + ".golden");
    List<Case> cases = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf("\n" + MARK + "end\n", at);
      int stdoutAt = text.indexOf(MARK + "stdout\n", at) + (MARK + "stdout\n").length();
      List<String> args = new ArrayList<>();
      Map<String, String> files = new LinkedHashMap<>();
      int exit = -1;
      for (String line : text.substring(at, stdoutAt).split("\n")) {
        if (line.startsWith(MARK + "arg ")) {
          args.add(unjson(line.substring((MARK + "arg ").length())));
        } else if (line.startsWith(MARK + "file ")) {
          String name = line.substring((MARK + "file ").length());
          files.put(name, resource("ostep/x86/" + name));
        } else if (line.startsWith(MARK + "exit ")) {
          exit = Integer.parseInt(line.substring((MARK + "exit ").length()));
        }
      }
      cases.add(new Case(tool, cases.size(), args, files, exit, text.substring(stdoutAt, end)));
      at = end + ("\n" + MARK + "end\n").length();
    }
    return cases;
  }

  static String resource(String path) {
    try (InputStream in = GoldenCases.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string as json.dumps writes it (ASCII, \\uXXXX escapes). */
  static String unjson(String quoted) {
    StringBuilder b = new StringBuilder();
    for (int k = 1; k < quoted.length() - 1; k++) {
      char c = quoted.charAt(k);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = quoted.charAt(++k);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(quoted.substring(k + 1, k + 5), 16));
          k += 4;
        }
        default -> b.append(e);
      }
    }
    return b.toString();
  }
}
