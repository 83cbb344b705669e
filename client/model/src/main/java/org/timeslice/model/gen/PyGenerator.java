package org.timeslice.model.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python generator object, written as a state machine over its source lines: {@code next()} is
 * {@code send(None)}; a just-started generator refuses a non-None value; a closed one raises StopIteration
 * again. Subclasses say what happens from each suspension point.
 *
 * <p>How this works: each subclass mirrors one function of {@link Generators#SOURCES}: its fields are the
 * frame's locals, {@code line} is where it will resume, and {@link #advance} runs from there to the next
 * {@code yield} (setting {@code line} to it) or to the end.
 */
public abstract class PyGenerator {
  private final String function;
  /** The line the frame resumes from: the def line while created, a yield line while suspended. */
  protected int line;
  private boolean started;
  private boolean closed;

  protected PyGenerator(String function, int defLine) {
    this.function = function;
    this.line = defLine;
  }

  public String function() { return function; }

  /** {@code gen.send(value)}; {@code value == null} is {@code next(gen)}. */
  public final Outcome send(Integer value) {
    if (closed) {
      return new Outcome(Outcome.Kind.RAISED, "StopIteration");
    }
    if (!started && value != null) {
      return new Outcome(Outcome.Kind.RAISED, "TypeError: can't send non-None value to a just-started generator");
    }
    started = true;
    Outcome out = advance(value);
    if (out.kind() != Outcome.Kind.YIELDED) {
      closed = true;
      line = 0;
    }
    return out;
  }

  /** Runs from {@link #line} with the sent value to the next yield, a return, or an exception. */
  protected abstract Outcome advance(Integer sent);

  /** The locals, {@code name = value}, in source order. */
  protected abstract List<String> locals();

  /** The generator this one delegates to with {@code yield from}, or null. */
  public PyGenerator delegate() {
    return null;
  }

  /** The frames from this generator down its {@code yield from} chain. */
  public List<Frame> frames() {
    List<Frame> out = new ArrayList<>();
    for (PyGenerator g = this; g != null; g = g.delegate()) {
      out.add(new Frame(g.function, g.state(), g.line, g.closed ? List.of() : g.locals()));
    }
    return out;
  }

  /** {@code inspect.getgeneratorstate}: GEN_CREATED, GEN_SUSPENDED or GEN_CLOSED (never running here). */
  public String state() {
    return closed ? "closed" : started ? "suspended" : "created";
  }

  public boolean isClosed() {
    return closed;
  }

  protected static Outcome yielded(String v) {
    return new Outcome(Outcome.Kind.YIELDED, v);
  }

  protected static Outcome returned(String v) {
    return new Outcome(Outcome.Kind.RETURNED, v);
  }
}
