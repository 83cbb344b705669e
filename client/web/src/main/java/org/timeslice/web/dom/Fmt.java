package org.timeslice.web.dom;

/** Number formatting without String.format (which would add ~180 KB to the bundle). */
public final class Fmt {
  private Fmt() {}

  /** One decimal, e.g. 4.33 → "4.3", 5 → "5.0"; negative values mean "unknown" and give "—". */
  public static String oneDecimal(double v) {
    if (v < 0) {
      return "—";
    }
    long tenths = (long) Math.floor(v * 10 + 0.5);
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** A percentage without decimals: 0.756 → "76%". */
  public static String percent(double fraction) {
    return (long) Math.floor(fraction * 100 + 0.5) + "%";
  }

  /** An int, or "—" when negative (unknown yet). */
  public static String ticks(long v) {
    return v < 0 ? "—" : Long.toString(v);
  }

  /** A number for SVG attributes: integers without ".0", others with two decimals at most. */
  public static String svgNumber(double v) {
    // Ints first: a chart has thousands of coordinates, and TeaVM's long arithmetic is slow.
    int i = (int) v;
    if (i == v && Math.abs(v) < Integer.MAX_VALUE) {
      return Integer.toString(i);
    }
    if (Math.abs(v) < 1e7) { // the same as below, in int range (Math.round rounds half up: floor(x + 0.5))
      double r = Math.floor(v + 0.5);
      if (Math.abs(v - r) < 1e-9) {
        return Integer.toString((int) r);
      }
      int h = (int) Math.floor(v * 100 + 0.5);
      String sign = h < 0 ? "-" : "";
      h = Math.abs(h);
      int frac = h % 100;
      return sign + (h / 100) + "." + (frac < 10 ? "0" : "") + frac;
    }
    long r = Math.round(v);
    if (Math.abs(v - r) < 1e-9) {
      return Long.toString(r);
    }
    long h = Math.round(v * 100);
    String sign = h < 0 ? "-" : "";
    h = Math.abs(h);
    long frac = h % 100;
    return sign + (h / 100) + "." + (frac < 10 ? "0" : "") + frac;
  }
}
