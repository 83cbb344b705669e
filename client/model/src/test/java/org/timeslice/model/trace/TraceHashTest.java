package org.timeslice.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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

  /** The trace of docs/api.md's rr.json example. */
  static final List<TraceEvent> API_EXAMPLE = List.of(
      new TraceEvent(0, "A", State.NEW, State.READY, Event.ADMITTED, -1),
      new TraceEvent(0, "B", State.NEW, State.READY, Event.ADMITTED, -1),
      new TraceEvent(0, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
      new TraceEvent(2, "A", State.RUNNING, State.READY, Event.PREEMPTED, 0),
      new TraceEvent(2, "B", State.READY, State.RUNNING, Event.DISPATCHED, 0),
      new TraceEvent(4, "B", State.RUNNING, State.TERMINATED, Event.EXITED, 0),
      new TraceEvent(4, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
      new TraceEvent(5, "A", State.RUNNING, State.TERMINATED, Event.EXITED, 0));

  /**
   * The definition of format 2 (TraceHash's Javadoc) written out: the words as little-endian bytes, hashed
   * by a textbook byte-oriented MurmurHash3_x86_32 once per seed.
   */
  static String reference(List<TraceEvent> events) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeLittle(bytes, 2);
    List<String> seen = new ArrayList<>();
    for (TraceEvent e : events) {
      writeLittle(bytes, e.tick());
      int number = seen.indexOf(e.task());
      if (number < 0) {
        seen.add(e.task());
        writeLittle(bytes, seen.size() - 1);
        writeLittle(bytes, e.task().length());
        for (char c : e.task().toCharArray()) {
          writeLittle(bytes, c);
        }
      } else {
        writeLittle(bytes, number);
      }
      writeLittle(bytes, e.from().ordinal() << 24 | e.to().ordinal() << 16 | e.event().ordinal() << 8
          | (e.core() + 1));
    }
    byte[] data = bytes.toByteArray();
    return String.format("%08x%08x", murmur3(data, 0), murmur3(data, 0x54534832));
  }

  private static void writeLittle(ByteArrayOutputStream out, int value) {
    for (int shift = 0; shift < 32; shift += 8) {
      out.write((value >>> shift) & 0xFF);
    }
  }

  /** MurmurHash3_x86_32 as published (SMHasher), for inputs whose length is a multiple of 4. */
  private static int murmur3(byte[] data, int seed) {
    int h = seed;
    for (int i = 0; i + 4 <= data.length; i += 4) {
      int k = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF) << 16
          | (data[i + 3] & 0xFF) << 24;
      k *= 0xcc9e2d51;
      k = (k << 15) | (k >>> 17);
      k *= 0x1b873593;
      h ^= k;
      h = (h << 13) | (h >>> 19);
      h = h * 5 + 0xe6546b64;
    }
    h ^= data.length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The textbook FNV-1a 64 step on Java longs, to check the 32-bit-halves implementation against. */
  private static long textbook(long hash, int octet) {
    return (hash ^ octet) * 0x100000001b3L;
  }

  private static Trace traceOf(List<TraceEvent> events) {
    Trace trace = new Trace();
    events.forEach(trace::add);
    return trace;
  }

  @Test
  void theHashOfAKnownTraceIsItsGoldenValue() {
    // Computed independently with a Python MurmurHash3 checked against the published test vectors.
    assertEquals("375c680dde87b200", Trace.hash(API_EXAMPLE));
    assertEquals(reference(API_EXAMPLE), Trace.hash(API_EXAMPLE));
    assertEquals(reference(API_EXAMPLE), traceOf(API_EXAMPLE).hash());
    // An empty trace hashes the format word alone.
    assertEquals("40b23b7f6f948cab", Trace.hash(List.of()));
    assertEquals(Trace.hash(List.of()), new Trace().hash());
  }

  @Test
  void namesTicksCoresAndOrderAllChangeTheHash() {
    String base = Trace.hash(API_EXAMPLE);
    List<TraceEvent> renamed = new ArrayList<>();
    for (TraceEvent e : API_EXAMPLE) {
      renamed.add(new TraceEvent(e.tick(), e.task().equals("B") ? "C" : e.task(), e.from(), e.to(),
          e.event(), e.core()));
    }
    assertNotEquals(base, Trace.hash(renamed));
    List<TraceEvent> otherCore = new ArrayList<>(API_EXAMPLE);
    TraceEvent last = otherCore.remove(otherCore.size() - 1);
    otherCore.add(new TraceEvent(last.tick(), last.task(), last.from(), last.to(), last.event(), 1));
    assertNotEquals(base, Trace.hash(otherCore));
    List<TraceEvent> swapped = new ArrayList<>(API_EXAMPLE);
    swapped.set(0, API_EXAMPLE.get(1));
    swapped.set(1, API_EXAMPLE.get(0));
    assertNotEquals(base, Trace.hash(swapped));
  }

  @Property(tries = 500)
  void bothHashPathsEqualTheWrittenOutDefinition(@ForAll("traces") List<TraceEvent> events) {
    String expected = reference(events);
    assertEquals(expected, Trace.hash(events));
    assertEquals(expected, traceOf(events).hash());
  }

  @Property(tries = 300)
  void aTraceGivesBackExactlyTheEventsItWasGiven(@ForAll("traces") List<TraceEvent> events) {
    Trace trace = traceOf(events);
    assertEquals(events, trace.events());
    assertEquals(events, trace.copy().events());
    for (int i = 0; i < events.size(); i++) {
      TraceEvent e = events.get(i);
      assertEquals(e.tick(), trace.tick(i));
      assertEquals(e.task(), trace.taskName(trace.taskIndex(i)));
      assertEquals(e.from(), trace.from(i));
      assertEquals(e.to(), trace.to(i));
      assertEquals(e.event(), trace.event(i));
      assertEquals(e.core(), trace.core(i));
    }
  }

  @Test
  void aCopyGrowsSeparatelyAndLongTracesSpanChunks() {
    Trace trace = new Trace(new String[] {"A", "B"});
    for (int i = 0; i < 10_000; i++) {
      trace.add(i, i % 2, State.READY, State.RUNNING, Event.DISPATCHED, i % 64);
    }
    Trace copy = trace.copy();
    copy.add(10_000, 0, State.RUNNING, State.TERMINATED, Event.EXITED, 0);
    assertEquals(10_000, trace.size());
    assertEquals(10_001, copy.size());
    assertEquals(new TraceEvent(9_999, "B", State.READY, State.RUNNING, Event.DISPATCHED, 9_999 % 64),
        trace.events().get(9_999));
    assertEquals(reference(trace.events()), trace.hash());
    assertEquals(reference(copy.events()), copy.hash());
  }

  @Test
  void outOfOrderTicksUnknownTasksAndImpossibleCoresAreRejected() {
    Trace trace = new Trace(new String[] {"A"});
    trace.add(5, 0, State.NEW, State.READY, Event.ADMITTED, -1);
    assertThrows(IllegalStateException.class,
        () -> trace.add(4, 0, State.READY, State.RUNNING, Event.DISPATCHED, 0));
    assertThrows(IllegalArgumentException.class,
        () -> trace.add(5, 1, State.READY, State.RUNNING, Event.DISPATCHED, 0));
    assertThrows(IllegalArgumentException.class,
        () -> trace.add(5, 0, State.READY, State.RUNNING, Event.DISPATCHED, 255));
    assertThrows(IndexOutOfBoundsException.class, () -> trace.tick(1));
  }

  @Property(tries = 1000)
  void fnvsTwoHalvesImplementationEqualsTheTextbookLongArithmetic(
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

  @Provide
  Arbitrary<List<TraceEvent>> traces() {
    Arbitrary<TraceEvent> event = Combinators.combine(
        Arbitraries.integers().between(0, 2_000_000),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(8),
        Arbitraries.of(State.class), Arbitraries.of(State.class), Arbitraries.of(Event.class),
        Arbitraries.integers().between(-1, 63)).as(TraceEvent::new);
    // Ticks in order, as a trace requires; names drawn from a few so that tasks recur.
    return event.list().ofMaxSize(20).map(list -> {
      List<TraceEvent> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> Integer.compare(a.tick(), b.tick()));
      List<TraceEvent> out = new ArrayList<>();
      for (TraceEvent e : sorted) {
        String name = e.task().length() > 2 && !out.isEmpty() ? out.get(e.tick() % out.size()).task()
            : e.task();
        out.add(new TraceEvent(e.tick(), name, e.from(), e.to(), e.event(), e.core()));
      }
      return out;
    });
  }
}
