package org.timeslice.model.python.syntax;

/**
 * A node of the syntax tree with its source span, as CPython's {@code Parser/Python.asdl} gives every
 * {@code stmt}, {@code expr}, {@code arg}, {@code keyword} and {@code excepthandler}: 1-based lines, 0-based
 * character columns, end exclusive. A line of -1 marks a node the optimiser made up (it has no place in the
 * source; CPython gives such nodes -1 too).
 */
public abstract class Node {
  public int lineno;
  public int colOffset;
  public int endLineno;
  public int endColOffset;

  /** Copies the span of {@code other} onto this node and returns it. */
  @SuppressWarnings("unchecked")
  public <T extends Node> T at(Node other) {
    return (T) at(other.lineno, other.colOffset, other.endLineno, other.endColOffset);
  }

  /** Sets the span and returns this node. */
  public Node at(int line, int col, int endLine, int endCol) {
    this.lineno = line;
    this.colOffset = col;
    this.endLineno = endLine;
    this.endColOffset = endCol;
    return this;
  }
}
