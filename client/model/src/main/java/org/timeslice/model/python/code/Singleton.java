package org.timeslice.model.python.code;

/** Python's {@code None} and {@code Ellipsis} as constant values. */
public enum Singleton {
  NONE("None"), ELLIPSIS("Ellipsis");

  private final String repr;

  Singleton(String repr) { this.repr = repr; }

  public String repr() { return repr; }
}
