package org.timeslice.model.python.syntax;

/** Binary operators of {@code BinOp} and {@code AugAssign}, in {@code Python.asdl} order. */
public enum Operator {
  ADD("+"), SUB("-"), MULT("*"), MAT_MULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"),
  BIT_OR("|"), BIT_XOR("^"), BIT_AND("&"), FLOOR_DIV("//");

  private final String symbol;

  Operator(String symbol) { this.symbol = symbol; }

  /** The operator as written, e.g. {@code "+"}. */
  public String symbol() { return symbol; }

  /** The operator written {@code symbol}, or null. */
  public static Operator of(String symbol) {
    for (Operator o : values()) {
      if (o.symbol.equals(symbol)) {
        return o;
      }
    }
    return null;
  }
}
