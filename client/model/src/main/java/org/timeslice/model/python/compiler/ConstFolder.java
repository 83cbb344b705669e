package org.timeslice.model.python.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Operator;
import org.timeslice.model.python.syntax.UnaryOp;

/**
 * Python arithmetic on constants for the AST optimiser ({@code fold_binop} and {@code fold_unaryop} of
 * CPython 3.11's {@code Python/ast_opt.c}), with its size guards ({@code safe_multiply}, {@code safe_power},
 * {@code safe_lshift}, {@code safe_mod}). Returns null wherever CPython's operation would raise or the guard
 * refuses: the expression is then left as it is, to fail (or not) at run time.
 */
final class ConstFolder {
  static final int MAX_INT_SIZE = 128;
  static final int MAX_COLLECTION_SIZE = 256;
  static final int MAX_STR_SIZE = 4096;
  static final int MAX_TOTAL_ITEMS = 1024;

  private ConstFolder() {}

  static Object unary(UnaryOp op, Object v) {
    if (op == UnaryOp.NOT) {
      return !Constants.isTrue(v);
    }
    BigInteger i = asInt(v);
    if (i != null) {
      return switch (op) {
        case USUB -> i.negate();
        case UADD -> i;
        case INVERT -> i.not();
        default -> null;
      };
    }
    if (v instanceof Double d) {
      return switch (op) {
        case USUB -> -d;
        case UADD -> d;
        default -> null;
      };
    }
    return null;
  }

  static Object binary(Operator op, Object l, Object r) {
    if (l instanceof Boolean a && r instanceof Boolean b
        && (op == Operator.BIT_AND || op == Operator.BIT_OR || op == Operator.BIT_XOR)) {
      return switch (op) {
        case BIT_AND -> a & b;
        case BIT_OR -> a | b;
        default -> a ^ b;
      };
    }
    BigInteger li = asInt(l);
    BigInteger ri = asInt(r);
    if (li != null && ri != null) {
      return integers(op, li, ri);
    }
    if ((li != null || l instanceof Double) && (ri != null || r instanceof Double)) {
      double a = li != null ? toDouble(li) : (Double) l;
      double b = ri != null ? toDouble(ri) : (Double) r;
      if (li != null && Double.isInfinite(a) || ri != null && Double.isInfinite(b)) {
        return null; // OverflowError: int too large to convert to float
      }
      return floats(op, a, b);
    }
    if (op == Operator.ADD) {
      if (l instanceof String a && r instanceof String b) {
        return a + b;
      }
      if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
        List<Object> items = new ArrayList<>(a.items());
        items.addAll(b.items());
        return new ConstTuple(items);
      }
    }
    if (op == Operator.MULT) {
      return repeat(l, r);
    }
    return null;
  }

  private static BigInteger asInt(Object v) {
    if (v instanceof BigInteger i) {
      return i;
    }
    if (v instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return null;
  }

  private static Object integers(Operator op, BigInteger a, BigInteger b) {
    switch (op) {
      case ADD: return a.add(b);
      case SUB: return a.subtract(b);
      case MULT:
        if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
          return null;
        }
        return a.multiply(b);
      case DIV: return b.signum() == 0 ? null : trueDivide(a, b);
      case FLOOR_DIV: return b.signum() == 0 ? null : floorDiv(a, b);
      case MOD: return b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
      case POW:
        if (b.signum() < 0) {
          return a.signum() == 0 ? null : Math.pow(toDouble(a), toDouble(b));
        }
        if (a.signum() != 0 && b.signum() > 0 && (b.bitLength() > 31
            || (long) a.bitLength() > MAX_INT_SIZE / b.intValue())) {
          return null;
        }
        return a.pow(b.intValue());
      case LSHIFT:
        if (b.signum() < 0) {
          return null;
        }
        if (a.signum() != 0 && b.signum() != 0 && (b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE
            || a.bitLength() > MAX_INT_SIZE - b.intValue())) {
          return null;
        }
        return a.shiftLeft(b.intValue());
      case RSHIFT:
        if (b.signum() < 0) {
          return null;
        }
        return b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
            : a.shiftRight(b.intValue());
      case BIT_OR: return a.or(b);
      case BIT_XOR: return a.xor(b);
      case BIT_AND: return a.and(b);
      default: return null;
    }
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  /** int / int, correctly rounded (ints beyond 2**53 go through an exact decimal quotient). */
  private static Object trueDivide(BigInteger a, BigInteger b) {
    if (a.bitLength() <= 53 && b.bitLength() <= 53) {
      return a.doubleValue() / b.doubleValue();
    }
    double d = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
    return Double.isInfinite(d) ? null : d;
  }

  private static double toDouble(BigInteger i) {
    return i.doubleValue();
  }

  private static Object floats(Operator op, double a, double b) {
    switch (op) {
      case ADD: return a + b;
      case SUB: return a - b;
      case MULT: return a * b;
      case DIV: return b == 0 ? null : a / b;
      case FLOOR_DIV: return b == 0 ? null : floorDivFloat(a, b);
      case MOD: return b == 0 ? null : modFloat(a, b);
      case POW:
        if (a == 0 && b < 0 || a < 0 && b != Math.floor(b)) {
          return null; // ZeroDivisionError, or a complex result
        }
        double p = Math.pow(a, b);
        return Double.isInfinite(p) && !Double.isInfinite(a) && !Double.isInfinite(b) ? null : p;
      default: return null;
    }
  }

  /** {@code float_floor_div} of {@code Objects/floatobject.c}. */
  private static double floorDivFloat(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        div -= 1.0;
      }
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return floordiv;
  }

  /** {@code float_rem}: the remainder takes the divisor's sign. */
  private static double modFloat(double vx, double wx) {
    double mod = vx % wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    return mod;
  }

  /** {@code safe_multiply} for a sequence times an int. */
  private static Object repeat(Object l, Object r) {
    BigInteger n = asInt(l);
    Object seq = r;
    if (n == null) {
      n = asInt(r);
      seq = l;
    }
    if (n == null || !(seq instanceof String || seq instanceof ConstTuple)) {
      return null;
    }
    if (seq instanceof String s) {
      if (!s.isEmpty() && (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / s.length())) > 0)) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n.intValue(); i++) {
        sb.append(s);
      }
      return sb.toString();
    }
    List<Object> items = ((ConstTuple) seq).items();
    if (!items.isEmpty()) {
      if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / items.size())) > 0) {
        return null;
      }
      if (n.signum() > 0 && complexity(seq, MAX_TOTAL_ITEMS / n.intValue()) < 0) {
        return null;
      }
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n.intValue(); i++) {
      out.addAll(items);
    }
    return new ConstTuple(out);
  }

  /** {@code check_complexity}: the limit minus the items of nested tuples, negative if exceeded. */
  static int complexity(Object obj, int limit) {
    if (obj instanceof ConstTuple t) {
      limit -= t.items().size();
      for (int i = 0; limit >= 0 && i < t.items().size(); i++) {
        limit = complexity(t.items().get(i), limit);
      }
    }
    return limit;
  }
}
