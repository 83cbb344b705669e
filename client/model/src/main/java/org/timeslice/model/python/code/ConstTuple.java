package org.timeslice.model.python.code;

import java.util.List;

/**
 * A tuple constant. Equality is element-wise Java equality, which tells {@code 1}, {@code 1.0} and
 * {@code True} apart exactly as CPython's {@code _PyCode_ConstantKey} does for the constants table.
 */
public record ConstTuple(List<Object> items) {
  public ConstTuple {
    items = List.copyOf(items);
  }
}
