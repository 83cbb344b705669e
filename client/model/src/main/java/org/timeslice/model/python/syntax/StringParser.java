package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of adjacent string tokens into one node, as CPython 3.11's {@code Parser/string_parser.c}
 * does: plain literals are decoded and concatenated into one {@code Constant}; if any piece is an f-string
 * the result is a {@code JoinedStr} of literal {@code Constant}s and {@code FormattedValue}s, every part
 * spanning the whole run (as CPython gives them), the embedded expressions parsed where they stand.
 */
final class StringParser {
  private final List<Token> tokens;
  private final Token first;
  private final Token lastToken;
  private final List<Expr> parts = new ArrayList<>();
  private StringBuilder literal;
  private boolean fmode;

  private StringParser(List<Token> tokens) {
    this.tokens = tokens;
    this.first = tokens.get(0);
    this.lastToken = tokens.get(tokens.size() - 1);
  }

  /** A parser for the format spec of a field inside {@code parent}'s strings (same span). */
  static StringParser forSpec(StringParser parent) {
    StringParser p = new StringParser(parent.tokens);
    p.fmode = true;
    return p;
  }

  /** The format spec parsed so far, as CPython builds it: always a {@code JoinedStr}. */
  Expr finishSpec() {
    if (literal != null) {
      parts.add(constant(literal.toString()));
      literal = null;
    }
    return span(new Expr.JoinedStr(parts));
  }

  /** The node for adjacent string tokens {@code run}. */
  static Expr parse(List<Token> run) {
    return new StringParser(run).run();
  }

  private Expr run() {
    for (Token t : tokens) {
      String text = t.text();
      int q = 0;
      while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
        q++;
      }
      String prefix = text.substring(0, q).toLowerCase();
      if (prefix.indexOf('b') >= 0) {
        throw Cursor.unsupported(t, "a bytes literal");
      }
      int quoteLen = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
      String body = text.substring(q + quoteLen, text.length() - quoteLen);
      boolean raw = prefix.indexOf('r') >= 0;
      if (prefix.indexOf('f') >= 0) {
        fmode = true;
        new Fstring(t, body, q + quoteLen, raw).parseInto(this, 0);
      } else {
        appendLiteral(raw ? body : decode(body, t));
      }
    }
    if (!fmode) {
      return constant(literal == null ? "" : literal.toString());
    }
    if (literal != null) {
      parts.add(constant(literal.toString()));
      literal = null;
    }
    return span(new Expr.JoinedStr(parts));
  }

  void appendLiteral(String s) {
    if (s.isEmpty()) {
      return;
    }
    if (literal == null) {
      literal = new StringBuilder();
    }
    literal.append(s);
  }

  void appendValue(Expr.FormattedValue value) {
    if (literal != null) {
      parts.add(constant(literal.toString()));
      literal = null;
    }
    parts.add(span(value));
  }

  Expr.Constant constant(String s) {
    return span(new Expr.Constant(s));
  }

  <T extends Node> T span(T node) {
    node.at(first.line(), first.col(), lastToken.endLine(), lastToken.endCol());
    return node;
  }

  /** Decodes backslash escapes ({@code decode_unicode_with_escapes}); unknown escapes stay as written. */
  static String decode(String s, Token t) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case '\n' -> { }
        case '\\', '\'', '"' -> sb.append(e);
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (!isHex(s, i + 1, n)) {
            throw Cursor.error(t, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\"
                + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape");
          }
          sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + n), 16));
          i += n;
        }
        case 'N' -> throw Cursor.unsupported(t, "a \\N{...} escape");
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            int k = 1;
            while (k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
              v = v * 8 + s.charAt(++i) - '0';
              k++;
            }
            sb.append((char) v);
          } else {
            sb.append('\\').append(e);
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int n) {
    if (from + n > s.length()) {
      return false;
    }
    for (int i = from; i < from + n; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
