package org.timeslice.model.ostep.tool;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.timeslice.model.ostep.PyStrings;
import org.timeslice.model.python.code.Constants;

/**
 * The bits of CPython 3.11 the OSTEP tools' output depends on, done exactly and without
 * {@code String.format} (TeaVM formats differently, see toolchain.md):
 *
 * <ul>
 *   <li>{@link #repr(double)}: {@code repr(float)}/{@code str(float)} ({@code python.code.Constants});
 *   <li>{@link #fixed(double, int)}: {@code '%.Nf'}, the exact binary value rounded half to even;
 *   <li>{@link #d(double)}: {@code '%d'} of a float (truncated toward zero, any size);
 *   <li>{@link #repr(String)}: {@code repr(str)}, as a list of strings prints its items;
 *   <li>{@link #parseInt(String, int)} and {@link #parseFloat(String)}: {@code int(s, base)} and
 *       {@code float(s)} with their whitespace, sign, underscore and {@code inf}/{@code nan} rules.
 * </ul>
 */
final class Py {
  private Py() {}

  /** Thrown where Python raises an exception the tool does not catch: its type and Python's message. */
  static final class Raised extends RuntimeException {
    private final String type;

    Raised(String type, String message) {
      super(message, null, false, false);
      this.type = type;
    }

    /** Python's exception type, e.g. {@code ValueError}. */
    String type() {
      return type;
    }
  }

  static Raised valueError(String message) {
    return new Raised("ValueError", message);
  }

  // ---------------------------------------------------------------- text

  /** {@code '%Ns' % s}: right-aligned in {@code width} characters (never cut). */
  static String pad(String s, int width) {
    int n = width - s.length();
    return n <= 0 ? s : spaces(n) + s;
  }

  /** {@code '%-Ns' % s}: left-aligned in {@code width} characters. */
  static String padRight(String s, int width) {
    int n = width - s.length();
    return n <= 0 ? s : s + spaces(n);
  }

  static String spaces(int n) {
    StringBuilder b = new StringBuilder(Math.max(n, 0));
    for (int k = 0; k < n; k++) {
      b.append(' ');
    }
    return b.toString();
  }

  /** {@code s.split(sep)}: every piece, empty ones included. */
  static java.util.List<String> split(String s, char sep) {
    return PyStrings.split(s, String.valueOf(sep));
  }

  /** {@code str(b)}: {@code True} or {@code False}. */
  static String str(boolean b) {
    return b ? "True" : "False";
  }

  /** {@code repr(s)} of a Python str ({@link PyStrings#repr}). */
  static String repr(String s) {
    return PyStrings.repr(s);
  }

  // ---------------------------------------------------------------- numbers

  /** {@code '%d' % x} for a float x: {@code int(x)}, truncated toward zero. */
  static String d(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw Double.isNaN(x) ? valueError("cannot convert float NaN to integer")
          : new Raised("OverflowError", "cannot convert float infinity to integer");
    }
    return new BigDecimal(x).toBigInteger().toString();
  }

  /** {@code '%.Nf' % x}: the exact binary value rounded to {@code digits} decimals, half to even. */
  static String fixed(double x, int digits) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    String text = new BigDecimal(Math.abs(x)).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    return negative ? "-" + text : text;
  }

  /** {@code repr(x)} (also {@code str(x)}) of a Python float ({@link Constants#floatRepr}). */
  static String repr(double x) {
    return Constants.floatRepr(x);
  }

  // ---------------------------------------------------------------- parsing

  static String strip(String s) {
    return PyStrings.strip(s);
  }

  /**
   * The digits from {@code k} on, made ASCII into {@code out} (single underscores between digits, and with
   * {@code allowDot} one {@code .}): {end, digit count}, or null for a misplaced underscore.
   */
  private static int[] digits(String body, int k, StringBuilder out, boolean allowDot) {
    int count = 0;
    boolean dot = !allowDot;
    char prev = 0;
    for (; k < body.length(); k++) {
      char c = body.charAt(k);
      if (c == '_') {
        if (!Character.isDigit(prev) || k + 1 >= body.length() || !Character.isDigit(body.charAt(k + 1))) {
          return null;
        }
      } else if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
        count++;
      } else if (c == '.' && !dot) {
        dot = true;
        out.append('.');
      } else {
        break;
      }
      prev = c;
    }
    return new int[] {k, count};
  }

  /** {@code int(s)}: base 10. */
  static BigInteger parseInt(String s) {
    return parseInt(s, 10);
  }

  /** {@code int(s, base)}: see {@link PyStrings#parseInt(String, int)}. */
  static BigInteger parseInt(String s, int base) {
    try {
      return PyStrings.parseInt(s, base);
    } catch (NumberFormatException e) {
      throw valueError(e.getMessage());
    }
  }

  /**
   * {@code float(s)}: surrounding whitespace, a sign, then {@code inf}, {@code infinity} or {@code nan}
   * (any case) or a decimal number with an optional exponent and single underscores between digits.
   */
  static double parseFloat(String s) {
    String t = strip(s);
    String body = t;
    boolean negative = false;
    if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
      negative = body.charAt(0) == '-';
      body = body.substring(1);
    }
    String lower = body.toLowerCase();
    if (lower.equals("inf") || lower.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    String plain = decimalDigits(body);
    if (plain == null) {
      throw valueError("could not convert string to float: " + repr(s));
    }
    double v = Double.parseDouble(plain); // correctly rounded, as CPython's float()
    return negative ? -v : v;
  }

  /** The number with underscores removed and digits made ASCII, or null if it is not a float literal. */
  private static String decimalDigits(String body) {
    StringBuilder out = new StringBuilder();
    int[] mantissa = digits(body, 0, out, true);
    if (mantissa == null || mantissa[1] == 0) {
      return null;
    }
    int k = mantissa[0];
    if (k < body.length()) {
      if (body.charAt(k) != 'e' && body.charAt(k) != 'E') {
        return null;
      }
      out.append('e');
      k++;
      if (k < body.length() && (body.charAt(k) == '+' || body.charAt(k) == '-')) {
        out.append(body.charAt(k));
        k++;
      }
      int[] exponent = digits(body, k, out, false);
      if (exponent == null || exponent[1] == 0 || exponent[0] != body.length()) {
        return null;
      }
    }
    String text = out.toString();
    if (text.startsWith(".")) {
      text = "0" + text;
    }
    return text.replace(".e", ".0e");
  }
}
