package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of one f-string token ({@code fstring_find_literal} and {@code fstring_find_expr} of CPython
 * 3.11's {@code Parser/string_parser.c}): literal text with {@code {{}} and {@code }}} doubled, and
 * replacement fields {@code {expr[=][!conv][:spec]}} whose expression is parsed with the ordinary parser and
 * placed at its line in the source.
 */
final class Fstring {
  private final Token token;
  private final String body;
  /** Offset of the body within the token's text (prefix and opening quotes). */
  private final int bodyOffset;
  private final boolean raw;
  private int pos;

  Fstring(Token token, String body, int bodyOffset, boolean raw) {
    this.token = token;
    this.body = body;
    this.bodyOffset = bodyOffset;
    this.raw = raw;
  }

  /** Parses from the current position to the end (or, in a format spec, to its closing brace). */
  void parseInto(StringParser out, int depth) {
    while (pos < body.length()) {
      String lit = literal(depth);
      out.appendLiteral(raw ? lit : StringParser.decode(lit, token));
      if (pos >= body.length()) {
        break;
      }
      char c = body.charAt(pos);
      if (c == '}') {
        if (depth > 0) {
          return; // the end of a format spec
        }
        throw error("f-string: single '}' is not allowed");
      }
      // c == '{'
      if (depth >= 2) {
        throw error("f-string: expressions nested too deeply");
      }
      field(out, depth);
    }
  }

  /** Literal text up to the next single brace. */
  private String literal(int depth) {
    StringBuilder sb = new StringBuilder();
    while (pos < body.length()) {
      char c = body.charAt(pos);
      if (c == '{' || c == '}') {
        if (depth == 0 && pos + 1 < body.length() && body.charAt(pos + 1) == c) {
          sb.append(c);
          pos += 2;
          continue;
        }
        break;
      }
      if (c == '\\' && !raw && pos + 1 < body.length()) {
        sb.append(c).append(body.charAt(pos + 1));
        pos += 2;
        continue;
      }
      sb.append(c);
      pos++;
    }
    return sb.toString();
  }

  private void field(StringParser out, int depth) {
    int open = pos;
    pos++; // '{'
    int exprStart = pos;
    List<Character> nest = new ArrayList<>();
    char quote = 0;
    while (pos < body.length()) {
      char c = body.charAt(pos);
      if (c == '\\') {
        throw error("f-string expression part cannot include a backslash");
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        pos++;
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '{' || c == '(') {
        nest.add(c);
      } else if (c == '#') {
        throw error("f-string expression part cannot include '#'");
      } else if (nest.isEmpty() && "!:}=<>".indexOf(c) >= 0) {
        char next = pos + 1 < body.length() ? body.charAt(pos + 1) : 0;
        if ((c == '!' || c == '=' || c == '<' || c == '>') && next == '=') {
          pos += 2;
          continue;
        }
        if (c != '<' && c != '>') {
          break;
        }
      } else if (c == ']' || c == '}' || c == ')') {
        if (nest.isEmpty()) {
          throw error("f-string: unmatched '" + c + "'");
        }
        nest.remove(nest.size() - 1);
      }
      pos++;
    }
    if (quote != 0) {
      throw error("f-string: unterminated string");
    }
    if (pos >= body.length()) {
      throw error("f-string: expecting '}'");
    }
    String exprText = body.substring(exprStart, pos);
    if (exprText.isBlank()) {
      throw error("f-string: empty expression not allowed");
    }
    Expr value = expression(exprText, open);
    String debugText = null;
    if (body.charAt(pos) == '=') {
      pos++;
      while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
        pos++;
      }
      debugText = body.substring(exprStart, pos);
    }
    int conversion = -1;
    if (pos < body.length() && body.charAt(pos) == '!') {
      pos++;
      conversion = pos < body.length() ? body.charAt(pos) : 0;
      pos++;
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    Expr spec = null;
    if (pos < body.length() && body.charAt(pos) == ':') {
      pos++;
      StringParser specParser = StringParser.forSpec(out);
      parseInto(specParser, depth + 1);
      spec = specParser.finishSpec();
    }
    if (pos >= body.length() || body.charAt(pos) != '}') {
      throw error("f-string: expecting '}'");
    }
    pos++;
    if (debugText != null) {
      out.appendLiteral(debugText);
      if (spec == null && conversion == -1) {
        conversion = 'r';
      }
    }
    out.appendValue(new Expr.FormattedValue(value, conversion, spec));
  }

  /** Parses the expression text of the field whose '{' is at body offset {@code open}. */
  private Expr expression(String text, int open) {
    String before = token.text().substring(0, bodyOffset + open);
    int lines = 0;
    int lastNewline = -1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        lines++;
        lastNewline = i;
      }
    }
    int line = token.line() + lines;
    int col = lines == 0 ? token.col() + before.length() : before.length() - lastNewline - 1;
    List<Token> toks;
    try {
      toks = Tokenizer.tokenize("(" + text + ")");
    } catch (PythonSyntaxError e) {
      throw Cursor.error(line, col, "f-string: " + e.reason());
    }
    ExpressionParser p = new ExpressionParser(shift(toks, line - 1, col));
    p.expectOp("(");
    Expr e = p.fstringExpression();
    p.expectOp(")");
    return e;
  }

  /** Moves the tokens of the parsed field to where the field stands in the source. */
  private static List<Token> shift(List<Token> toks, int lineDelta, int colDelta) {
    List<Token> out = new ArrayList<>();
    for (Token t : toks) {
      int c = t.line() == 1 ? t.col() + colDelta : t.col();
      int ec = t.endLine() == 1 ? t.endCol() + colDelta : t.endCol();
      out.add(new Token(t.kind(), t.text(), t.line() + lineDelta, c, t.endLine() + lineDelta, ec));
    }
    return out;
  }

  private PythonSyntaxError error(String message) {
    return Cursor.error(token, message);
  }
}
