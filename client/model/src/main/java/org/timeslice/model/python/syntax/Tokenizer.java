package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Python source into tokens the way CPython 3.11's tokenizer does ({@code Parser/tokenizer.c}):
 * NEWLINE ends a logical line (not inside brackets, not after a backslash), blank and comment-only lines
 * produce nothing, INDENT and DEDENT follow a stack of indentation columns (a tab moves to the next multiple
 * of 8), and a string keeps its prefix and quotes for the parser to decode. Errors carry the position
 * CPython reports and, where CPython has one, its message.
 */
public final class Tokenizer {
  private static final String[] OPERATORS = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=",
    "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":",
    ".", ";", "=",
  };

  private final String src;
  private final List<Token> out = new ArrayList<>();
  private final List<Integer> indents = new ArrayList<>();
  /** Open brackets: their character and position, innermost last. */
  private final StringBuilder brackets = new StringBuilder();
  private final List<int[]> bracketPos = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  /** True while the current logical line has produced a token. */
  private boolean lineHasTokens;

  private Tokenizer(String source) {
    this.src = source.replace("\r\n", "\n").replace('\r', '\n');
    indents.add(0);
  }

  /** The tokens of {@code source}, ending with NEWLINE (if any line had tokens), DEDENTs and ENDMARKER. */
  public static List<Token> tokenize(String source) {
    Tokenizer t = new Tokenizer(source);
    t.run();
    return t.out;
  }

  private int col() { return pos - lineStart; }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private void newLine() {
    line++;
    lineStart = pos;
  }

  private void run() {
    boolean atLineStart = true;
    while (pos < src.length()) {
      if (atLineStart && brackets.length() == 0) {
        if (!indentation()) {
          continue; // a blank or comment-only line: skipped whole
        }
        atLineStart = false;
      }
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\\') {
        if (peek(1) != '\n') {
          throw error(line, col() + 1, "unexpected character after line continuation character");
        }
        pos += 2;
        newLine();
        if (pos >= src.length()) {
          throw error(line, 0, "unexpected EOF while parsing");
        }
      } else if (c == '\n') {
        if (brackets.length() == 0 && lineHasTokens) {
          add(Token.Kind.NEWLINE, "\n", line, col(), line, col() + 1);
          lineHasTokens = false;
        }
        pos++;
        newLine();
        atLineStart = brackets.length() == 0;
      } else {
        token(c);
      }
    }
    if (brackets.length() > 0) {
      int last = brackets.length() - 1;
      int[] at = bracketPos.get(last);
      throw error(at[0], at[1], "'" + brackets.charAt(last) + "' was never closed");
    }
    if (lineHasTokens) {
      add(Token.Kind.NEWLINE, "", line, col(), line, col() + 1);
    }
    while (indents.size() > 1) {
      indents.remove(indents.size() - 1);
      add(Token.Kind.DEDENT, "", line, 0, line, 0);
    }
    add(Token.Kind.ENDMARKER, "", line, 0, line, 0);
  }

  /**
   * Reads a line's indentation; emits INDENT/DEDENT. Returns false (having consumed the line) if the line is
   * blank or holds only a comment.
   */
  private boolean indentation() {
    int column = 0;
    int i = pos;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == ' ') {
        column++;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8;
      } else if (c == '\f') {
        column = 0;
      } else {
        break;
      }
      i++;
    }
    if (i >= src.length() || src.charAt(i) == '\n' || src.charAt(i) == '#') {
      while (i < src.length() && src.charAt(i) != '\n') {
        i++;
      }
      pos = Math.min(i + 1, src.length());
      if (i < src.length()) {
        newLine();
      } else {
        pos = src.length();
      }
      return false;
    }
    pos = i;
    int top = indents.get(indents.size() - 1);
    if (column > top) {
      indents.add(column);
      add(Token.Kind.INDENT, src.substring(lineStart, pos), line, 0, line, col());
    } else if (column < top) {
      while (column < indents.get(indents.size() - 1)) {
        indents.remove(indents.size() - 1);
        add(Token.Kind.DEDENT, "", line, col(), line, col());
      }
      if (column != indents.get(indents.size() - 1)) {
        throw error(line, col(), "unindent does not match any outer indentation level");
      }
    }
    return true;
  }

  private void token(char c) {
    int startLine = line;
    int startCol = col();
    int start = pos;
    if (isIdentifierStart(c)) {
      while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
        pos++;
      }
      if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')
          && isStringPrefix(src.substring(start, pos))) {
        string(start, startLine, startCol);
        return;
      }
      add(Token.Kind.NAME, src.substring(start, pos), startLine, startCol, line, col());
    } else if (c >= '0' && c <= '9' || c == '.' && peek(1) >= '0' && peek(1) <= '9') {
      number(start, startLine, startCol);
    } else if (c == '"' || c == '\'') {
      string(start, startLine, startCol);
    } else {
      operator(c, startLine, startCol);
    }
  }

  private void operator(char c, int startLine, int startCol) {
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        pos += op.length();
        if (op.length() == 1 && "([{".indexOf(c) >= 0) {
          brackets.append(c);
          bracketPos.add(new int[] {startLine, startCol});
        } else if (op.length() == 1 && ")]}".indexOf(c) >= 0) {
          closeBracket(c, startLine, startCol);
        }
        add(Token.Kind.OP, op, startLine, startCol, line, col());
        return;
      }
    }
    if (c == '!') {
      throw error(startLine, startCol, "invalid syntax");
    }
    if (c == '$' || c == '?' || c == '`') {
      throw error(startLine, startCol, "invalid syntax");
    }
    throw error(startLine, startCol, "invalid character '" + c + "' (U+" + hex4(c) + ")");
  }

  private void closeBracket(char c, int startLine, int startCol) {
    if (brackets.length() == 0) {
      throw error(startLine, startCol, "unmatched '" + c + "'");
    }
    int last = brackets.length() - 1;
    char open = brackets.charAt(last);
    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
      int[] at = bracketPos.get(last);
      String where = at[0] != startLine ? " on line " + at[0] : "";
      throw error(startLine, startCol, "closing parenthesis '" + c + "' does not match opening parenthesis '"
          + open + "'" + where);
    }
    brackets.setLength(last);
    bracketPos.remove(last);
  }

  private static String hex4(char c) {
    String h = Integer.toHexString(c).toUpperCase();
    return "0000".substring(h.length()) + h;
  }

  private void number(int start, int startLine, int startCol) {
    char c = src.charAt(pos);
    if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b'
        || peek(1) == 'B')) {
      char base = Character.toLowerCase(peek(1));
      pos += 2;
      int digits = digits(base == 'x' ? 16 : base == 'o' ? 8 : 2);
      if (digits == 0) {
        throw error(startLine, startCol, "invalid " + (base == 'x' ? "hexadecimal" : base == 'o' ? "octal"
            : "binary") + " literal");
      }
    } else {
      digits(10);
      if (peek(0) == '.') {
        pos++;
        digits(10);
      }
      if (peek(0) == 'e' || peek(0) == 'E') {
        int save = pos;
        pos++;
        if (peek(0) == '+' || peek(0) == '-') {
          pos++;
        }
        if (digits(10) == 0) {
          pos = save;
        }
      }
      if (peek(0) == 'j' || peek(0) == 'J') {
        pos++;
      }
    }
    if (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
      throw error(startLine, startCol, "invalid decimal literal");
    }
    add(Token.Kind.NUMBER, src.substring(start, pos), startLine, startCol, line, col());
  }

  /** Consumes digits of the base (with single underscores between them); returns how many digits. */
  private int digits(int base) {
    int n = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '_' && n > 0 && Character.digit(peek(1), base) >= 0) {
        pos++;
        continue;
      }
      if (Character.digit(c, base) < 0 || c > 0x7f) {
        break;
      }
      pos++;
      n++;
    }
    return n;
  }

  private void string(int start, int startLine, int startCol) {
    char quote = src.charAt(pos);
    boolean triple = peek(1) == quote && peek(2) == quote;
    pos += triple ? 3 : 1;
    while (true) {
      if (pos >= src.length()) {
        throw unterminated(triple, startLine, startCol);
      }
      char c = src.charAt(pos);
      if (c == '\\') {
        pos++;
        if (pos < src.length() && src.charAt(pos) == '\n') {
          pos++;
          newLine();
        } else {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          throw unterminated(false, startLine, startCol);
        }
        pos++;
        newLine();
        continue;
      }
      if (c == quote && (!triple || peek(1) == quote && peek(2) == quote)) {
        pos += triple ? 3 : 1;
        break;
      }
      pos++;
    }
    add(Token.Kind.STRING, src.substring(start, pos), startLine, startCol, line, col());
  }

  private PythonSyntaxError unterminated(boolean triple, int startLine, int startCol) {
    int detected = pos >= src.length() && src.endsWith("\n") ? line - 1 : line;
    return error(startLine, startCol, "unterminated " + (triple ? "triple-quoted " : "")
        + "string literal (detected at line " + detected + ")");
  }

  private static boolean isStringPrefix(String p) {
    String l = p.toLowerCase();
    return l.equals("r") || l.equals("b") || l.equals("f") || l.equals("u") || l.equals("rb") || l.equals("br")
        || l.equals("fr") || l.equals("rf");
  }

  static boolean isIdentifierStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isIdentifierPart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private void add(Token.Kind kind, String text, int l, int c, int el, int ec) {
    out.add(new Token(kind, text, l, c, el, ec));
    if (kind != Token.Kind.NEWLINE && kind != Token.Kind.INDENT && kind != Token.Kind.DEDENT) {
      lineHasTokens = true;
    }
  }

  private static PythonSyntaxError error(int line, int col0, String message) {
    return new PythonSyntaxError(line, col0 + 1, message);
  }
}
