package org.timeslice.model.gen;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;

/** The generator functions the stepper offers, their source, and their behaviour. */
public final class Generators {
  /** Each function's source, as shown beside the frames (line numbers are 1-based). */
  public static final List<String> COUNTDOWN = List.of(
      "def countdown(n):",
      "    while n > 0:",
      "        yield n",
      "        n -= 1",
      "    return 'done'");
  public static final List<String> RUNNING_TOTAL = List.of(
      "def running_total():",
      "    total = 0",
      "    while True:",
      "        x = yield total",
      "        total += x");
  public static final List<String> DELEGATOR = List.of(
      "def delegator():",
      "    yield 'start'",
      "    result = yield from countdown(2)",
      "    yield f'countdown said {result}'");

  private Generators() {}

  /** The source of {@code function}. */
  public static List<String> source(String function) {
    return switch (function) {
      case "countdown" -> COUNTDOWN;
      case "running_total" -> RUNNING_TOTAL;
      case "delegator" -> DELEGATOR;
      default -> throw new IllegalArgumentException("no generator function " + function);
    };
  }

  /** {@code countdown(n)}, n in 0..99. */
  public static PyGenerator countdown(int n) {
    if (n < 0 || n > 99) {
      throw new InvalidScenarioException("n", "0..99", "countdown takes 0..99, not " + n);
    }
    return new Countdown(n);
  }

  public static PyGenerator runningTotal() {
    return new RunningTotal();
  }

  public static PyGenerator delegator() {
    return new Delegator();
  }

  /** Python's repr of a str. */
  static String repr(String s) {
    return "'" + s + "'";
  }

  private static final class Countdown extends PyGenerator {
    private int n;

    Countdown(int n) {
      super("countdown", 1);
      this.n = n;
    }

    @Override
    protected Outcome advance(Integer sent) {
      if (line == 3) {
        n -= 1; // line 4; the value of `yield n` (what was sent) is discarded
      }
      if (n > 0) {
        line = 3;
        return yielded(String.valueOf(n));
      }
      return returned(repr("done"));
    }

    @Override
    protected List<String> locals() {
      return List.of("n = " + n);
    }
  }

  private static final class RunningTotal extends PyGenerator {
    private Integer total;
    private Integer x;

    RunningTotal() {
      super("running_total", 1);
    }

    @Override
    protected Outcome advance(Integer sent) {
      if (line == 1) {
        total = 0;
      } else {
        x = sent;
        if (sent == null) {
          return new Outcome(Outcome.Kind.RAISED,
              "TypeError: unsupported operand type(s) for +=: 'int' and 'NoneType'");
        }
        total += sent;
      }
      line = 4;
      return yielded(String.valueOf(total));
    }

    @Override
    protected List<String> locals() {
      List<String> out = new ArrayList<>();
      if (total != null) {
        out.add("total = " + total);
      }
      if (line == 4 && x != null) {
        out.add("x = " + x);
      }
      return out;
    }
  }

  private static final class Delegator extends PyGenerator {
    private PyGenerator child;
    private String result;

    Delegator() {
      super("delegator", 1);
    }

    @Override
    public PyGenerator delegate() {
      return line == 3 ? child : null;
    }

    @Override
    protected Outcome advance(Integer sent) {
      switch (line) {
        case 1 -> {
          line = 2;
          return yielded(repr("start"));
        }
        case 2 -> {
          child = new Countdown(2);
          return fromChild(child.send(null));
        }
        case 3 -> {
          return fromChild(child.send(sent)); // yield from passes sent values through
        }
        default -> {
          return returned("None");
        }
      }
    }

    private Outcome fromChild(Outcome o) {
      if (o.kind() == Outcome.Kind.YIELDED) {
        line = 3;
        return o;
      }
      if (o.kind() == Outcome.Kind.RAISED) {
        return o;
      }
      result = o.value().substring(1, o.value().length() - 1);
      line = 4;
      return yielded(repr("countdown said " + result));
    }

    @Override
    protected List<String> locals() {
      return result == null ? List.of() : List.of("result = " + repr(result));
    }
  }
}
