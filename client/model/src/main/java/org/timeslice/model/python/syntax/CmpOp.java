package org.timeslice.model.python.syntax;

/** Comparison operators of {@code Compare}, in {@code Python.asdl} order. */
public enum CmpOp {
  EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"),
  NOT_IN("not in");

  private final String symbol;

  CmpOp(String symbol) { this.symbol = symbol; }

  public String symbol() { return symbol; }
}
