package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * The options of one OSTEP command line, read the way Python's optparse reads them: {@code -s 1},
 * {@code -s1}, {@code --seed=1} and {@code --seed 1} are the same; a flag without a value is "true". Values
 * are kept by the option's short name ({@code "s"}); errors name the flag as the user wrote it.
 */
final class CommandLineOptions {
  /** One option a tool understands: short letter, long name, and whether it takes a value. */
  record Spec(String shortName, String longName, boolean takesValue) {}

  private final Map<String, String> values = new LinkedHashMap<>();

  private CommandLineOptions() {}

  static CommandLineOptions parse(List<String> args, List<Spec> specs, String tool) {
    CommandLineOptions options = new CommandLineOptions();
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      Spec spec;
      String value = null;
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        spec = byLong(specs, name);
        value = eq < 0 ? null : arg.substring(eq + 1);
      } else if (arg.startsWith("-") && arg.length() >= 2) {
        spec = byShort(specs, arg.substring(1, 2));
        value = arg.length() > 2 ? arg.substring(2) : null;
      } else {
        throw new InvalidScenarioException(arg, "an option", tool + ": unexpected argument '" + arg + "'");
      }
      if (spec == null) {
        throw new InvalidScenarioException(arg, "a known option", tool + " has no option " + arg);
      }
      if (spec.takesValue() && value == null) {
        if (k + 1 >= args.size()) {
          throw new InvalidScenarioException("-" + spec.shortName(), "a value",
              tool + ": option -" + spec.shortName() + " needs a value");
        }
        value = args.get(++k);
      } else if (!spec.takesValue()) {
        if (value != null) {
          throw new InvalidScenarioException("-" + spec.shortName(), "no value",
              tool + ": option -" + spec.shortName() + " takes no value");
        }
        value = "true";
      }
      options.values.put(spec.shortName(), value);
    }
    return options;
  }

  private static Spec byShort(List<Spec> specs, String name) {
    for (Spec s : specs) {
      if (s.shortName().equals(name)) {
        return s;
      }
    }
    return null;
  }

  private static Spec byLong(List<Spec> specs, String name) {
    for (Spec s : specs) {
      if (s.longName().equals(name)) {
        return s;
      }
    }
    return null;
  }

  boolean has(String shortName) {
    return values.containsKey(shortName);
  }

  String string(String shortName, String fallback) {
    String v = values.get(shortName);
    return v == null ? fallback : v;
  }

  /** An int option (Python {@code int()}), or the fallback when absent. */
  int integer(String shortName, int fallback) {
    String v = values.get(shortName);
    return v == null ? fallback : parseInt(v.trim(), "-" + shortName);
  }

  /** A long option ({@code -s} seeds), or the fallback when absent. */
  long longValue(String shortName, long fallback) {
    String v = values.get(shortName);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidScenarioException("-" + shortName, "an integer",
          "-" + shortName + " must be an integer, got '" + v + "'");
    }
  }

  static int parseInt(String text, String flag) {
    try {
      return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      throw new InvalidScenarioException(flag, "an integer",
          flag + " expects an integer, got '" + text + "'");
    }
  }

  /** Python's {@code s.split(sep)}: empty pieces are kept. */
  static List<String> split(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || s.charAt(k) == sep) {
        parts.add(s.substring(from, k));
        from = k + 1;
      }
    }
    return parts;
  }
}
