package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.syntax.Expr;

/**
 * {@code "..." % (a, b)} with only {@code %s}, {@code %r} and {@code %a} (and simple width/precision) turned
 * into an f-string, as CPython 3.11's {@code optimize_format} in {@code Python/ast_opt.c} does. The literal
 * parts it makes have no position (line -1), so their instructions inherit the line before them.
 */
final class PercentFormat {
  private static final int MAXDIGITS = 3;
  private static final int F_LJUST = 1;

  private final String fmt;
  private int pos;

  private PercentFormat(String fmt) {
    this.fmt = fmt;
  }

  /** The JoinedStr replacing {@code node}, or null to leave it alone. */
  static Expr optimize(Expr.BinOp node, String fmt, List<Expr> elts) {
    return new PercentFormat(fmt).run(node, elts);
  }

  private Expr run(Expr.BinOp node, List<Expr> elts) {
    List<Expr> seq = new ArrayList<>();
    int cnt = 0;
    while (true) {
      Expr lit = literal();
      if (lit != null) {
        seq.add(lit);
      }
      if (pos >= fmt.length()) {
        break;
      }
      if (cnt >= elts.size()) {
        return null; // more format units than items
      }
      pos++; // '%'
      Expr field = format(elts.get(cnt));
      cnt++;
      if (field == null) {
        return null;
      }
      seq.add(field);
    }
    if (cnt < elts.size()) {
      return null; // more items than format units
    }
    return new Expr.JoinedStr(seq).at(node);
  }

  private Expr literal() {
    int start = pos;
    boolean percents = false;
    while (pos < fmt.length()) {
      if (fmt.charAt(pos) != '%') {
        pos++;
      } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
        percents = true;
        pos += 2;
      } else {
        break;
      }
    }
    if (pos == start) {
      return null;
    }
    String s = fmt.substring(start, pos);
    if (percents) {
      s = s.replace("%%", "%");
    }
    return noPosition(new Expr.Constant(s));
  }

  private static Expr noPosition(Expr e) {
    e.at(-1, -1, -1, -1);
    return e;
  }

  /** {@code parse_format}: one conversion unit applied to {@code arg}. */
  private Expr format(Expr arg) {
    int flags = 0;
    int width = -1;
    int prec = -1;
    char ch;
    while (true) {
      if (pos >= fmt.length()) {
        return null;
      }
      ch = fmt.charAt(pos++);
      if (ch == '-') {
        flags |= F_LJUST;
      } else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
        flags |= 2;
      } else {
        break;
      }
    }
    if (ch >= '0' && ch <= '9') {
      width = 0;
      int digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + (ch - '0');
        if (pos >= fmt.length()) {
          return null;
        }
        ch = fmt.charAt(pos++);
        if (++digits >= MAXDIGITS) {
          return null;
        }
      }
    }
    if (ch == '.') {
      if (pos >= fmt.length()) {
        return null;
      }
      ch = fmt.charAt(pos++);
      prec = 0;
      if (ch >= '0' && ch <= '9') {
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
          prec = prec * 10 + (ch - '0');
          if (pos >= fmt.length()) {
            return null;
          }
          ch = fmt.charAt(pos++);
          if (++digits >= MAXDIGITS) {
            return null;
          }
        }
      }
    }
    if (ch != 's' && ch != 'r' && ch != 'a') {
      return null;
    }
    StringBuilder spec = new StringBuilder();
    if ((flags & F_LJUST) == 0 && width > 0) {
      spec.append('>');
    }
    if (width >= 0) {
      spec.append(width);
    }
    if (prec >= 0) {
      spec.append('.').append(prec);
    }
    Expr formatSpec = spec.length() == 0 ? null : noPosition(new Expr.Constant(spec.toString()));
    return new Expr.FormattedValue(arg, ch, formatSpec).at(arg);
  }
}
