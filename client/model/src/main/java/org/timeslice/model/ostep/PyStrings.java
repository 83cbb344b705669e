package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3's {@code str} methods the OSTEP tools parse their input with, exactly: {@code split} with and
 * without a separator (and a maximum), {@code strip}, {@code rstrip}, {@code isdigit}, {@code isalpha}.
 * Whitespace is Python's ({@code str.isspace}): ASCII blanks, \x1c-\x1f, \x85 and Unicode spaces.
 */
public final class PyStrings {
  private PyStrings() {}

  /** {@code s.split(sep)}: every piece, empty ones included. */
  public static List<String> split(String s, String sep) {
    return split(s, sep, -1);
  }

  /** {@code s.split(sep, maxsplit)}: at most {@code maxsplit} splits (all if negative). */
  public static List<String> split(String s, String sep, int maxsplit) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (maxsplit < 0 || parts.size() < maxsplit) {
      int at = s.indexOf(sep, from);
      if (at < 0) {
        break;
      }
      parts.add(s.substring(from, at));
      from = at + sep.length();
    }
    parts.add(s.substring(from));
    return parts;
  }

  /** {@code s.split()}: the runs of non-whitespace. */
  public static List<String> split(String s) {
    return splitWhitespace(s, -1);
  }

  /** {@code s.split(None, maxsplit)}: runs of non-whitespace, the last piece keeping the rest. */
  public static List<String> splitWhitespace(String s, int maxsplit) {
    List<String> parts = new ArrayList<>();
    int k = 0;
    int n = s.length();
    while (true) {
      while (k < n && isSpace(s.charAt(k))) {
        k++;
      }
      if (k >= n) {
        break;
      }
      if (maxsplit >= 0 && parts.size() == maxsplit) {
        parts.add(s.substring(k));
        break;
      }
      int from = k;
      while (k < n && !isSpace(s.charAt(k))) {
        k++;
      }
      parts.add(s.substring(from, k));
    }
    return parts;
  }

  /** {@code s.strip()}. */
  public static String strip(String s) {
    return lstrip(rstrip(s));
  }

  public static String rstrip(String s) {
    int to = s.length();
    while (to > 0 && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(0, to);
  }

  public static String lstrip(String s) {
    int from = 0;
    while (from < s.length() && isSpace(s.charAt(from))) {
      from++;
    }
    return s.substring(from);
  }

  /** Python's {@code str.isspace()} of one character. */
  public static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85
        || Character.isSpaceChar(c);
  }

  /** {@code s.isdigit()}: non-empty and every character a digit. */
  public static boolean isDigit(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@code s.isalpha()} of one character. */
  public static boolean isAlpha(char c) {
    return Character.isLetter(c);
  }

  /**
   * {@code int(s)} in base 10 as a long, without {@code BigInteger} (the browser bundles stay small).
   *
   * @throws NumberFormatException with Python's ValueError message for what {@code int()} rejects
   * @throws ArithmeticException for a valid number beyond 64 bits
   */
  public static long parseLong(String s) {
    String digits = intDigits(s, 10);
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) { // the syntax was checked: only the size is left
      throw new ArithmeticException(s + " is beyond 64 bits");
    }
  }

  /** {@code int(s)}: base 10. */
  public static java.math.BigInteger parseInt(String s) {
    return parseInt(s, 10);
  }

  /**
   * {@code int(s, base)} for base 2, 8, 10 or 16.
   *
   * @throws NumberFormatException with Python's ValueError message
   */
  public static java.math.BigInteger parseInt(String s, int base) {
    return new java.math.BigInteger(intDigits(s, base), base);
  }

  /**
   * The ASCII digits, with a leading {@code -} if negative, of what {@code int(s, base)} reads: surrounding
   * whitespace, a sign, for base 2/8/16 an optional {@code 0b}/{@code 0o}/{@code 0x} prefix, then digits
   * (any Unicode decimal digit counts) with single underscores between them (one may follow the prefix).
   */
  private static String intDigits(String s, int base) {
    String t = strip(s);
    int k = 0;
    boolean negative = false;
    if (k < t.length() && (t.charAt(k) == '+' || t.charAt(k) == '-')) {
      negative = t.charAt(k) == '-';
      k++;
    }
    boolean prefixed = false;
    if (base != 10 && k + 1 < t.length() && t.charAt(k) == '0') {
      char p = Character.toLowerCase(t.charAt(k + 1));
      if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
        k += 2;
        prefixed = true;
      }
    }
    StringBuilder digits = new StringBuilder(negative ? "-" : "");
    boolean lastUnderscore = !prefixed; // an underscore may not lead, except right after a prefix
    boolean any = false;
    for (; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '_') {
        if (lastUnderscore) {
          throw invalidInt(s, base);
        }
        lastUnderscore = true;
        continue;
      }
      int v = Character.digit(c, base);
      if (v < 0) {
        throw invalidInt(s, base);
      }
      digits.append(Character.forDigit(v, base));
      lastUnderscore = false;
      any = true;
    }
    if (!any || lastUnderscore) {
      throw invalidInt(s, base);
    }
    return digits.toString();
  }

  private static NumberFormatException invalidInt(String s, int base) {
    return new NumberFormatException("invalid literal for int() with base " + base + ": '" + s + "'");
  }

  /** {@code repr(s)} of a Python str ({@code python.code.Constants.stringRepr}). */
  public static String repr(String s) {
    return org.timeslice.model.python.code.Constants.stringRepr(s);
  }
}
