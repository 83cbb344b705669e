package org.timeslice.model.python.code;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Constant values of compiled code and their Python {@code repr}. A constant is {@link Singleton#NONE},
 * {@link Singleton#ELLIPSIS}, a {@link Boolean}, a {@link BigInteger} (int), a {@link Double} (float), a
 * {@link String} (str), a {@link ConstTuple} or a {@link CodeObject}. Two constants share a slot of
 * {@code co_consts} exactly when they are {@code equals}.
 */
public final class Constants {
  public static final Singleton NONE = Singleton.NONE;

  private Constants() {}

  /** Python's {@code repr} of a constant, as {@code dis} prints it. */
  public static String repr(Object v) {
    if (v instanceof Singleton s) {
      return s.repr();
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof BigInteger i) {
      return i.toString();
    }
    if (v instanceof Double d) {
      return floatRepr(d);
    }
    if (v instanceof String s) {
      return stringRepr(s);
    }
    if (v instanceof ConstTuple t) {
      return tupleRepr(t.items());
    }
    if (v instanceof CodeObject c) {
      return c.toString();
    }
    throw new IllegalArgumentException("not a constant: " + v);
  }

  private static String tupleRepr(List<Object> items) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(repr(items.get(i)));
    }
    return sb.append(items.size() == 1 ? ",)" : ")").toString();
  }

  /** Python's {@code repr(str)}: single quotes unless the text has ' and no ", escapes for the rest. */
  public static String stringRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == quote || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < ' ' || c == 0x7f) {
        sb.append("\\x").append(hex(c, 2));
      } else if (c < 0x7f || isPrintable(c)) {
        sb.appendCodePoint(c);
      } else if (c <= 0xff) {
        sb.append("\\x").append(hex(c, 2));
      } else if (c <= 0xffff) {
        sb.append("\\u").append(hex(c, 4));
      } else {
        sb.append("\\U").append(hex(c, 8));
      }
    }
    return sb.append(quote).toString();
  }

  /** {@code str.isprintable} for one character: not a control, format, surrogate, private or separator. */
  static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    int t = Character.getType(c);
    return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
        && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR
        && t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR;
  }

  private static String hex(int c, int width) {
    String h = Integer.toHexString(c);
    StringBuilder sb = new StringBuilder();
    for (int i = h.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(h).toString();
  }

  /**
   * Python's {@code repr(float)}: the shortest decimal that reads back as the same double (the closest one
   * of that length), in positional notation when the decimal point falls within 16 digits and not more
   * than 4 zeros after it, otherwise as {@code 1e-05}, {@code 1.5e+16} ({@code Python/pystrtod.c},
   * {@code format_float_short} in mode 'r').
   */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    String sign = d < 0 ? "-" : "";
    BigDecimal shortest = shortest(Math.abs(d));
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int decpt = digits.length() - shortest.scale(); // value = 0.digits × 10^decpt
    StringBuilder sb = new StringBuilder(sign);
    if (decpt <= -4 || decpt > 16) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      int exp = decpt - 1;
      sb.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      sb.append(abs < 10 ? "0" : "").append(abs);
    } else if (decpt <= 0) {
      sb.append("0.");
      for (int i = 0; i < -decpt; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (decpt >= digits.length()) {
      sb.append(digits);
      for (int i = digits.length(); i < decpt; i++) {
        sb.append('0');
      }
      sb.append(".0");
    } else {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return sb.toString();
  }

  /**
   * The shortest decimal that reads back as {@code a} (a finite double > 0), the closest to it when two of
   * that length do (David Gay's mode 0, {@code Python/dtoa.c}): every decimal strictly between the
   * midpoints to the neighbouring doubles reads back as {@code a}, and the midpoints themselves do when
   * {@code a}'s significand is even (ties to even). Rounding {@code a} half-even to p digits is not enough:
   * next to a power of two the interval is lopsided, and the closest p-digit decimal can fall outside it
   * while the other one is inside.
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

  /** Python truth of a constant ({@code PyObject_IsTrue}). */
  public static boolean isTrue(Object v) {
    if (v instanceof Singleton s) {
      return s == Singleton.ELLIPSIS;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof BigInteger i) {
      return i.signum() != 0;
    }
    if (v instanceof Double d) {
      return d != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof ConstTuple t) {
      return !t.items().isEmpty();
    }
    return true;
  }
}
