package org.timeslice.model.python.compiler;

import java.math.BigInteger;
import java.util.List;
import org.timeslice.model.python.code.ConstTuple;

/** {@code fold_subscr}: a constant string or tuple indexed by a constant int (null if it would raise). */
final class Subscripts {
  private Subscripts() {}

  static Object get(Object container, Object index) {
    BigInteger i = index instanceof BigInteger b ? b : index instanceof Boolean f
        ? (f ? BigInteger.ONE : BigInteger.ZERO) : null;
    if (i == null) {
      return null;
    }
    if (container instanceof String s) {
      int[] cps = s.codePoints().toArray();
      int k = normalize(i, cps.length);
      return k < 0 ? null : new String(cps, k, 1);
    }
    if (container instanceof ConstTuple t) {
      List<Object> items = t.items();
      int k = normalize(i, items.size());
      return k < 0 ? null : items.get(k);
    }
    return null;
  }

  private static int normalize(BigInteger i, int size) {
    if (i.bitLength() > 31) {
      return -1;
    }
    int k = i.intValue();
    if (k < 0) {
      k += size;
    }
    return k >= 0 && k < size ? k : -1;
  }
}
