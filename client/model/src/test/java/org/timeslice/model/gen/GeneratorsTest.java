package org.timeslice.model.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each generator behaves as CPython's would, step by step (checked against the Python semantics by hand). */
class GeneratorsTest {
  private static String show(Outcome o) {
    return o.kind() + " " + o.value();
  }

  @Test
  void countdownYieldsThenReturnsThenStaysExhausted() {
    PyGenerator g = Generators.countdown(2);
    assertEquals(List.of(new Frame("countdown", "created", 1, List.of("n = 2"))), g.frames());
    assertEquals("YIELDED 2", show(g.send(null)));
    assertEquals(List.of(new Frame("countdown", "suspended", 3, List.of("n = 2"))), g.frames());
    assertEquals("YIELDED 1", show(g.send(null)));
    assertEquals("RETURNED 'done'", show(g.send(null)));
    assertEquals("closed", g.state());
    assertEquals("RAISED StopIteration", show(g.send(null)));
  }

  @Test
  void sendFeedsTheYieldExpression() {
    PyGenerator g = Generators.runningTotal();
    assertEquals("RAISED TypeError: can't send non-None value to a just-started generator", show(g.send(5)));
    g = Generators.runningTotal();
    assertEquals("YIELDED 0", show(g.send(null)));
    assertEquals("YIELDED 5", show(g.send(5)));
    assertEquals("YIELDED 12", show(g.send(7)));
    assertEquals(List.of(new Frame("running_total", "suspended", 4, List.of("total = 12", "x = 7"))), g.frames());
    assertEquals("RAISED TypeError: unsupported operand type(s) for +=: 'int' and 'NoneType'", show(g.send(null)));
    assertEquals("closed", g.state(), "an exception closes the generator");
  }

  @Test
  void yieldFromDelegatesAndShowsBothFrames() {
    PyGenerator g = Generators.delegator();
    assertEquals("YIELDED 'start'", show(g.send(null)));
    assertEquals("YIELDED 2", show(g.send(null)));
    assertEquals(List.of(new Frame("delegator", "suspended", 3, List.of()),
        new Frame("countdown", "suspended", 3, List.of("n = 2"))), g.frames());
    assertEquals("YIELDED 1", show(g.send(9)), "a sent value passes through to the delegate");
    assertEquals("YIELDED 'countdown said done'", show(g.send(null)));
    assertEquals(List.of(new Frame("delegator", "suspended", 4, List.of("result = 'done'"))), g.frames());
    assertEquals("RETURNED None", show(g.send(null)));
  }

  @Test
  void roundRobinInterleavesUntilAllAreDone() {
    RoundRobin rr = new RoundRobin(List.of(Generators.countdown(2), Generators.countdown(1)));
    List<String> log = new ArrayList<>();
    while (rr.hasLive()) {
      int i = rr.step();
      log.add(i + ":" + show(rr.last()));
    }
    assertEquals(List.of("0:YIELDED 2", "1:YIELDED 1", "0:YIELDED 1", "1:RETURNED 'done'", "0:RETURNED 'done'"),
        log);
  }
}
