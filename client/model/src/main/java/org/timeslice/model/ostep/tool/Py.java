package org.timeslice.model.ostep.tool;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.timeslice.model.ostep.PyStrings;

/**
 * The bits of CPython 3.11 the OSTEP tools' output depends on, done exactly and without
 * {@code String.format} (TeaVM formats differently, see toolchain.md):
 *
 * <ul>
 *   <li>{@link #repr(double)}: {@code repr(float)}/{@code str(float)}, the shortest digits that read back
 *       as the same double (David Gay's mode 0, {@code Python/dtoa.c}), in {@code 'r'} style: fixed for
 *       exponents -4..16, else {@code 1e-05}, {@code 1.5e+20};
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

  /** {@code repr(x)} (also {@code str(x)}) of a Python float. */
  static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    double a = Math.abs(x);
    BigDecimal shortest = shortest(a).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int point = digits.length() - shortest.scale(); // value = 0.digits × 10^point
    String body;
    if (point > -4 && point <= 16) {
      if (point <= 0) {
        body = "0." + zeros(-point) + digits;
      } else if (point >= digits.length()) {
        body = digits + zeros(point - digits.length()) + ".0";
      } else {
        body = digits.substring(0, point) + "." + digits.substring(point);
      }
    } else {
      int exponent = point - 1;
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int e = Math.abs(exponent);
      body = mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }
    return x < 0 ? "-" + body : body;
  }

  private static String zeros(int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append('0');
    }
    return b.toString();
  }

  /**
   * The shortest decimal that reads back as {@code a} (a finite double > 0), the closest to it when two of
   * that length do: every decimal strictly between the midpoints to the neighbouring doubles reads back as
   * {@code a}, and the midpoints themselves do when {@code a}'s significand is even (ties to even).
   */
  private static BigDecimal shortest(double a) {
    BigDecimal exact = new BigDecimal(a);
    BigDecimal half = new BigDecimal("0.5");
    BigDecimal below = new BigDecimal(Math.nextDown(a));
    BigDecimal low = exact.add(below).multiply(half);
    double up = Math.nextUp(a);
    BigDecimal high = Double.isInfinite(up) ? exact.add(exact.subtract(below).multiply(half))
        : exact.add(new BigDecimal(up)).multiply(half);
    boolean even = (Double.doubleToLongBits(a) & 1) == 0;
    for (int p = 1; p <= 17; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
      BigDecimal upward = exact.round(new MathContext(p, RoundingMode.UP));
      boolean downOk = within(down, low, high, even);
      boolean upOk = within(upward, low, high, even);
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(upward.subtract(exact));
        return cmp < 0 ? down : cmp > 0 ? upward : exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      } else if (downOk) {
        return down;
      } else if (upOk) {
        return upward;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  private static boolean within(BigDecimal v, BigDecimal low, BigDecimal high, boolean inclusive) {
    int lo = v.compareTo(low);
    int hi = v.compareTo(high);
    return inclusive ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
  }

  // ---------------------------------------------------------------- parsing

  static String strip(String s) {
    return PyStrings.strip(s);
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
    int k = 0;
    int mantissaDigits = 0;
    boolean dot = false;
    char prev = 0;
    for (; k < body.length(); k++) {
      char c = body.charAt(k);
      if (c == '_') {
        if (!Character.isDigit(prev) || k + 1 >= body.length() || !Character.isDigit(body.charAt(k + 1))) {
          return null;
        }
      } else if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
        mantissaDigits++;
      } else if (c == '.' && !dot) {
        dot = true;
        out.append('.');
      } else {
        break;
      }
      prev = c;
    }
    if (mantissaDigits == 0) {
      return null;
    }
    if (k < body.length()) {
      char e = body.charAt(k);
      if (e != 'e' && e != 'E') {
        return null;
      }
      out.append('e');
      k++;
      if (k < body.length() && (body.charAt(k) == '+' || body.charAt(k) == '-')) {
        out.append(body.charAt(k));
        k++;
      }
      int expDigits = 0;
      prev = 0;
      for (; k < body.length(); k++) {
        char c = body.charAt(k);
        if (c == '_') {
          if (!Character.isDigit(prev) || k + 1 >= body.length() || !Character.isDigit(body.charAt(k + 1))) {
            return null;
          }
        } else if (Character.isDigit(c)) {
          out.append((char) ('0' + Character.digit(c, 10)));
          expDigits++;
        } else {
          return null;
        }
        prev = c;
      }
      if (expDigits == 0) {
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
