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
    String t = strip(s);
    int k = 0;
    boolean negative = false;
    if (k < t.length() && (t.charAt(k) == '+' || t.charAt(k) == '-')) {
      negative = t.charAt(k) == '-';
      k++;
    }
    long value = 0;
    boolean any = false;
    boolean lastUnderscore = true;
    for (; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '_' && !lastUnderscore) {
        lastUnderscore = true;
        continue;
      }
      int v = Character.digit(c, 10);
      if (v < 0) {
        throw invalidInt(s, 10);
      }
      value = Math.addExact(Math.multiplyExact(value, 10), negative ? -v : v);
      any = true;
      lastUnderscore = false;
    }
    if (!any || lastUnderscore) {
      throw invalidInt(s, 10);
    }
    return value;
  }

  /** {@code int(s)}: base 10. */
  public static java.math.BigInteger parseInt(String s) {
    return parseInt(s, 10);
  }

  /**
   * {@code int(s, base)} for base 2, 8, 10 or 16: surrounding whitespace, a sign, for base 2/8/16 an
   * optional {@code 0b}/{@code 0o}/{@code 0x} prefix, then digits (any Unicode decimal digit counts) with
   * single underscores between them (one may follow the prefix).
   *
   * @throws NumberFormatException with Python's ValueError message
   */
  public static java.math.BigInteger parseInt(String s, int base) {
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
    StringBuilder digits = new StringBuilder();
    boolean lastUnderscore = !prefixed; // an underscore may not lead, except right after a prefix
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
    }
    if (digits.length() == 0 || lastUnderscore) {
      throw invalidInt(s, base);
    }
    java.math.BigInteger value = new java.math.BigInteger(digits.toString(), base);
    return negative ? value.negate() : value;
  }

  private static NumberFormatException invalidInt(String s, int base) {
    return new NumberFormatException("invalid literal for int() with base " + base + ": '" + s + "'");
  }

  /** {@code repr(s)} of a Python str: quotes chosen as CPython does, escapes for the unprintable. */
  public static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2);
    b.append(quote);
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp < 0x20 || cp == 0x7f) {
        b.append("\\x").append(hex(cp, 2));
      } else if (cp < 0x7f || printable(cp)) {
        b.appendCodePoint(cp);
      } else if (cp < 0x100) {
        b.append("\\x").append(hex(cp, 2));
      } else if (cp < 0x10000) {
        b.append("\\u").append(hex(cp, 4));
      } else {
        b.append("\\U").append(hex(cp, 8));
      }
    }
    return b.append(quote).toString();
  }

  /** {@code str.isprintable()} of one non-ASCII code point (CPython: not in Cc Cf Cs Co Cn Zl Zp Zs). */
  private static boolean printable(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  private static String hex(int value, int digits) {
    String h = Integer.toHexString(value);
    StringBuilder b = new StringBuilder();
    for (int k = h.length(); k < digits; k++) {
      b.append('0');
    }
    return b.append(h).toString();
  }
}
