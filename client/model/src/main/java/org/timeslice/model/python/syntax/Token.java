package org.timeslice.model.python.syntax;

/**
 * One token of Python source, as CPython's tokenizer ({@code Parser/tokenizer.c}) cuts it. Lines are
 * 1-based, columns 0-based character offsets; the end is exclusive.
 *
 * @param kind what sort of token
 * @param text its text (a string token keeps its prefix and quotes)
 */
public record Token(Kind kind, String text, int line, int col, int endLine, int endCol) {
  /** Token kinds (the subset of {@code Lib/token.py} the parser needs). */
  public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER }

  /** True for the operator or delimiter {@code op}. */
  public boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  /** True for the keyword or name {@code name}. */
  public boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }
}
