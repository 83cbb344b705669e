package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python 3.11's {@code optparse.OptionParser}, as the OSTEP tools use it ({@code store} of int, float and
 * string options, {@code store_true} flags, the automatic {@code -h/--help}).
 *
 * <p>How this works (mirroring {@code Lib/optparse.py}): arguments are read left to right; {@code --}
 * ends the options; {@code --name=value} and {@code --name value} set a long option, and a unique prefix
 * of a long name is enough; {@code -abc} is a cluster of short flags, and a short option that takes a value
 * takes the rest of its word ({@code -s5}) or the next word, even one that starts with {@code -}. Other
 * words are positional and ignored. Ints are read as {@code _parse_num} reads them ({@code 0x1f}, {@code
 * 0b101}, and a leading {@code 0} means octal), floats with {@code float()}. A bad option prints the usage
 * and {@code prog: error: …} to standard error and exits with status 2; {@code -h} prints the help and
 * exits 0, at the point where it is read.
 */
final class OptParse {
  enum Type { INT, FLOAT, STRING, FLAG }

  /** One option: its spellings ({@code "-s"}, {@code "--seed"}; either may be null), type and default. */
  record Option(String shortName, String longName, Type type, String dest, Object defaultValue) {
    boolean takesValue() {
      return type != Type.FLAG;
    }
  }

  private final String tool;
  private final String prog;
  private final List<Option> options = new ArrayList<>();

  /** @param tool the tool's path ({@code cpu-sched/scheduler.py}); its file name is the program name */
  OptParse(String tool) {
    this.tool = tool;
    this.prog = tool.substring(tool.lastIndexOf('/') + 1);
  }

  OptParse add(String shortName, String longName, Type type, String dest, Object defaultValue) {
    options.add(new Option(shortName, longName, type, dest, defaultValue));
    return this;
  }

  /** The parsed values by {@code dest}: BigInteger, Double, String or Boolean. */
  static final class Values {
    private final Map<String, Object> values = new LinkedHashMap<>();

    BigInteger integer(String dest) {
      return (BigInteger) values.get(dest);
    }

    double number(String dest) {
      Object v = values.get(dest);
      return v instanceof BigInteger ? ((BigInteger) v).doubleValue() : (Double) v;
    }

    String string(String dest) {
      return (String) values.get(dest);
    }

    boolean flag(String dest) {
      return (Boolean) values.get(dest);
    }

    /** The value as Python's {@code print} shows it. */
    String shown(String dest) {
      Object v = values.get(dest);
      if (v instanceof Boolean) {
        return Py.str((Boolean) v);
      } else if (v instanceof Double) {
        return Py.repr((Double) v);
      }
      return String.valueOf(v);
    }
  }

  /**
   * Parses {@code args}.
   *
   * @throws ToolExit for {@code -h} (help on standard output, status 0) or a bad option (status 2)
   */
  Values parse(List<String> args) {
    Values v = new Values();
    for (Option o : options) {
      v.values.put(o.dest(), o.defaultValue());
    }
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String arg = rest.get(0);
      if (arg.equals("--")) {
        break;
      } else if (arg.startsWith("--")) {
        longOption(rest, v);
      } else if (arg.startsWith("-") && arg.length() > 1) {
        shortOptions(rest, v);
      } else {
        rest.remove(0);
      }
    }
    return v;
  }

  private void longOption(List<String> rest, Values v) {
    String arg = rest.remove(0);
    String opt = arg;
    boolean explicit = false;
    int eq = arg.indexOf('=');
    if (eq >= 0) {
      opt = arg.substring(0, eq);
      rest.add(0, arg.substring(eq + 1));
      explicit = true;
    }
    Option option = matchLong(opt);
    String name = option.longName();
    String value = null;
    if (option.takesValue()) {
      if (rest.isEmpty()) {
        throw error(name + " option requires 1 argument");
      }
      value = rest.remove(0);
    } else if (explicit) {
      throw error(name + " option does not take a value");
    }
    store(option, name, value, v);
  }

  private Option matchLong(String opt) {
    List<String> possibilities = new ArrayList<>();
    Option match = null;
    for (Option o : allOptions()) {
      if (o.longName() != null && o.longName().equals(opt)) {
        return o;
      }
    }
    for (Option o : allOptions()) {
      if (o.longName() != null && o.longName().startsWith(opt)) {
        possibilities.add(o.longName());
        match = o;
      }
    }
    if (possibilities.size() == 1) {
      return match;
    } else if (possibilities.isEmpty()) {
      throw error("no such option: " + opt);
    }
    possibilities.sort(null);
    throw error("ambiguous option: " + opt + " (" + String.join(", ", possibilities) + "?)");
  }

  private void shortOptions(List<String> rest, Values v) {
    String arg = rest.remove(0);
    for (int i = 1; i < arg.length(); i++) {
      String opt = "-" + arg.charAt(i);
      Option option = null;
      for (Option o : allOptions()) {
        if (opt.equals(o.shortName())) {
          option = o;
        }
      }
      if (option == null) {
        throw error("no such option: " + opt);
      }
      if (!option.takesValue()) {
        store(option, opt, null, v);
        continue;
      }
      if (i + 1 < arg.length()) {
        rest.add(0, arg.substring(i + 1));
      }
      if (rest.isEmpty()) {
        throw error(opt + " option requires 1 argument");
      }
      store(option, opt, rest.remove(0), v);
      return;
    }
  }

  /** The tool's options and optparse's own {@code -h, --help} (added first, as optparse does). */
  private List<Option> allOptions() {
    List<Option> all = new ArrayList<>();
    all.add(new Option("-h", "--help", Type.FLAG, null, null));
    all.addAll(options);
    return all;
  }

  private void store(Option option, String opt, String value, Values v) {
    if (option.dest() == null) {
      throw new ToolExit(0, "", OstepHelp.text(tool));
    }
    switch (option.type()) {
      case FLAG:
        v.values.put(option.dest(), Boolean.TRUE);
        break;
      case STRING:
        v.values.put(option.dest(), value);
        break;
      case INT:
        v.values.put(option.dest(), parseNumber(opt, value));
        break;
      default:
        try {
          v.values.put(option.dest(), Py.parseFloat(value));
        } catch (Py.Raised e) {
          throw error("option " + opt + ": invalid floating-point value: " + Py.repr(value));
        }
    }
  }

  /** optparse's {@code _parse_num}: {@code 0x…} hex, {@code 0b…} binary, a leading 0 octal. */
  private BigInteger parseNumber(String opt, String value) {
    String lower = value.toLowerCase();
    try {
      if (lower.startsWith("0x")) {
        return Py.parseInt(value, 16);
      } else if (lower.startsWith("0b")) {
        String digits = value.substring(2);
        return Py.parseInt(digits.isEmpty() ? "0" : digits, 2);
      } else if (value.startsWith("0")) {
        return Py.parseInt(value, 8);
      }
      return Py.parseInt(value, 10);
    } catch (Py.Raised e) {
      throw error("option " + opt + ": invalid integer value: " + Py.repr(value));
    }
  }

  /** optparse's {@code error()}: usage and message on standard error, status 2. */
  ToolExit error(String message) {
    return new ToolExit(2, "Usage: " + prog + " [options]\n\n" + prog + ": error: " + message + "\n", "");
  }
}
