package org.timeslice.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;

class TraceHashTest {

  /** The definition: FNV-1a 64 over each event's canonical line plus a newline. */
  private static String reference(List<TraceEvent> events) {
    Fnv1a64 fnv = new Fnv1a64();
    for (TraceEvent e : events) {
      fnv.update(e.canonical() + "\n");
    }
    return fnv.hex();
  }

  @Test
  void theHashOfAKnownTraceIsItsGoldenValue() {
    // The trace of docs/api.md's rr.json example.
    List<TraceEvent> events = List.of(
        new TraceEvent(0, "A", State.NEW, State.READY, Event.ADMITTED, -1),
        new TraceEvent(0, "B", State.NEW, State.READY, Event.ADMITTED, -1),
        new TraceEvent(0, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
        new TraceEvent(2, "A", State.RUNNING, State.READY, Event.PREEMPTED, 0),
        new TraceEvent(2, "B", State.READY, State.RUNNING, Event.DISPATCHED, 0),
        new TraceEvent(4, "B", State.RUNNING, State.TERMINATED, Event.EXITED, 0),
        new TraceEvent(4, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
        new TraceEvent(5, "A", State.RUNNING, State.TERMINATED, Event.EXITED, 0));
    assertEquals("1918215a73648e16", Trace.hash(events));
    assertEquals(reference(events), Trace.hash(events));
    assertEquals("cbf29ce484222325", Trace.hash(List.of()));
  }

  @Property(tries = 500)
  void theAllocationFreeHashEqualsTheHashOfTheCanonicalLines(
      @ForAll("traces") List<TraceEvent> events) {
    assertEquals(reference(events), Trace.hash(events));
  }

  @Property(tries = 500)
  void decimalUpdatesEqualStringUpdates(@ForAll int value) {
    assertEquals(new Fnv1a64().update(Integer.toString(value)).hex(),
        new Fnv1a64().updateDecimal(value).hex());
  }

  /** The textbook FNV-1a 64 step on Java longs, to check the 32-bit-halves implementation against. */
  private static long textbook(long hash, int octet) {
    return (hash ^ octet) * 0x100000001b3L;
  }

  @Property(tries = 1000)
  void theTwoHalvesImplementationEqualsTheTextbookLongArithmetic(
      @ForAll String text, @ForAll long value) {
    long expected = 0xcbf29ce484222325L;
    for (char c : text.toCharArray()) {
      expected = textbook(expected, (c >>> 8) & 0xFF);
      expected = textbook(expected, c & 0xFF);
    }
    for (int shift = 56; shift >= 0; shift -= 8) {
      expected = textbook(expected, (int) ((value >>> shift) & 0xFF));
    }
    for (boolean int32 : new boolean[] {false, true}) {
      Fnv1a64 fnv = new Fnv1a64(int32).update(text).update(value);
      assertEquals(expected, fnv.value(), "int32 " + int32);
      assertEquals(String.format("%016x", expected), fnv.hex(), "int32 " + int32);
      Fnv1a64 perChar = new Fnv1a64(int32);
      for (char c : text.toCharArray()) {
        perChar.update(c);
      }
      assertEquals(new Fnv1a64(int32).update(text).hex(), perChar.hex());
    }
  }

  @Property(tries = 500)
  void bothImplementationsFoldDecimalsAlike(@ForAll int value) {
    assertEquals(new Fnv1a64(false).updateDecimal(value).hex(),
        new Fnv1a64(true).updateDecimal(value).hex());
    assertEquals(new Fnv1a64(false).update(Integer.toString(value)).hex(),
        new Fnv1a64(true).updateDecimal(value).hex());
  }

  @Provide
  Arbitrary<List<TraceEvent>> traces() {
    Arbitrary<TraceEvent> event = Combinators.combine(
        Arbitraries.integers().between(0, 2_000_000),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of(State.class), Arbitraries.of(State.class), Arbitraries.of(Event.class),
        Arbitraries.integers().between(-1, 63)).as(TraceEvent::new);
    return event.list().ofMaxSize(20);
  }
}
