package org.timeslice.model.python.syntax;

import java.util.List;

/** Walks the token list for the parsers: look ahead, consume, expect, and report errors at a token. */
class Cursor {
  static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
      "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
      "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield");

  final List<Token> tokens;
  int pos;

  Cursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token peek() { return tokens.get(pos); }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  /** The token just consumed. */
  Token last() { return tokens.get(pos - 1); }

  Token next() { return tokens.get(pos++); }

  boolean atOp(String op) { return peek().isOp(op); }

  boolean atName(String keyword) { return peek().isName(keyword); }

  boolean atKind(Token.Kind kind) { return peek().kind() == kind; }

  /** True if the next token is an identifier (a NAME that is not a keyword). */
  boolean atIdentifier() {
    return peek().kind() == Token.Kind.NAME && !KEYWORDS.contains(peek().text());
  }

  boolean acceptOp(String op) {
    if (atOp(op)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean acceptName(String keyword) {
    if (atName(keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  Token expectOp(String op) {
    if (!atOp(op)) {
      throw expected("'" + op + "'");
    }
    return next();
  }

  Token expectName(String keyword) {
    if (!atName(keyword)) {
      throw expected("'" + keyword + "'");
    }
    return next();
  }

  String identifier() {
    if (!atIdentifier()) {
      throw invalid();
    }
    return next().text();
  }

  PythonSyntaxError expected(String what) {
    Token t = peek();
    if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.ENDMARKER) {
      Token prev = pos > 0 ? last() : t;
      return error(prev.endLine(), prev.endCol(), "expected " + what);
    }
    return error(t, "expected " + what);
  }

  PythonSyntaxError invalid() {
    Token t = peek();
    if (t.kind() == Token.Kind.INDENT) {
      return error(t.line(), t.endCol(), "unexpected indent");
    }
    if (t.kind() == Token.Kind.ENDMARKER || t.kind() == Token.Kind.NEWLINE && pos + 1 >= tokens.size() - 1) {
      return error(t, "invalid syntax");
    }
    return error(t, "invalid syntax");
  }

  static PythonSyntaxError error(Token t, String message) {
    return error(t.line(), t.col(), message);
  }

  static PythonSyntaxError error(Node n, String message) {
    return error(n.lineno, n.colOffset, message);
  }

  static PythonSyntaxError error(int line, int col0, String message) {
    return new PythonSyntaxError(line, col0 + 1, message);
  }

  static PythonSyntaxError unsupported(Token t, String what) {
    return error(t, what + " is not supported");
  }

  /** Sets a node's span from token {@code first} to the last consumed token. */
  <T extends Node> T span(T node, Token first) {
    Token end = last();
    node.at(first.line(), first.col(), end.endLine(), end.endCol());
    return node;
  }

  /** Sets a node's span from node {@code first}'s start to the last consumed token. */
  <T extends Node> T span(T node, Node first) {
    Token end = last();
    node.at(first.lineno, first.colOffset, end.endLine(), end.endCol());
    return node;
  }

  /** Sets a node's span from {@code first}'s start to {@code lastNode}'s end. */
  static <T extends Node> T span(T node, Node first, Node lastNode) {
    node.at(first.lineno, first.colOffset, lastNode.endLineno, lastNode.endColOffset);
    return node;
  }
}
