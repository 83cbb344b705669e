package org.timeslice.model.ostep;

/**
 * The OSTEP tools print every average with Python's {@code "%.2f"}. That rounds the double's exact binary
 * value to 2 decimals, ties to even: {@code 0.125} prints {@code 0.12}, {@code 0.025} (really
 * 0.0250000000000000013…) prints {@code 0.03}, {@code 2.675} (really 2.67499999…) prints {@code 2.67}.
 * {@link #twoDecimals} does the same with 64-bit integer arithmetic only (no {@code String.format}, which
 * TeaVM rounds differently), so a widget can show exactly the tool's text.
 */
public final class OstepFormat {
  private OstepFormat() {}

  /** Python's {@code "%.2f" % value} for a finite value. */
  public static String twoDecimals(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    long hundredths = roundedHundredths(Math.abs(value));
    String digits = Long.toString(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "")
        + (hundredths % 100);
    return negative ? "-" + digits : digits;
  }

  /** round(|x| · 100), half to even, computed exactly from x = mantissa · 2^exponent. */
  private static long roundedHundredths(double x) {
    long bits = Double.doubleToLongBits(x);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long mantissa = bits & 0xfffffffffffffL;
    int exponent;
    if (biased == 0) {
      exponent = -1074;
    } else {
      mantissa |= 1L << 52;
      exponent = biased - 1075;
    }
    if (exponent >= 0) {
      if (exponent > 3) {
        throw new IllegalArgumentException("too large to format: " + x);
      }
      return (mantissa << exponent) * 100;
    }
    int shift = -exponent;
    long scaled = mantissa * 100; // < 2^60: exact
    if (shift >= 62) {
      return 0; // scaled < 2^60 < half of 2^shift
    }
    long quotient = scaled >>> shift;
    long remainder = scaled & ((1L << shift) - 1);
    long half = 1L << (shift - 1);
    if (remainder > half || (remainder == half && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }
}
