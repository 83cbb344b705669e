package org.timeslice.model.trace;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;

/**
 * The trace hash (format {@value #FORMAT}), as 16 lower-case hex digits: equal traces (event by event,
 * names included) have equal hashes, and the JVM and TeaVM compute it with 32-bit integer arithmetic only.
 *
 * <p>The trace is written as a sequence of 32-bit words (docs/api.md, "hash"):
 *
 * <ol>
 *   <li>the word {@value #FORMAT}, the format;
 *   <li>per event: the tick; the task's number in order of first appearance in the trace (the first task
 *       to appear is 0); when the task appears for the first time, its name's length in UTF-16 units and
 *       then one word per unit; and {@code from << 24 | to << 16 | event << 8 | (core + 1)}, with the
 *       ordinals of {@code lifecycle.State} and {@code lifecycle.Event} and a core of 0 for
 *       {@link TraceEvent#NO_CORE}.
 * </ol>
 *
 * <p>The hash is MurmurHash3 (x86, 32-bit) of those words as little-endian bytes, computed with seed
 * {@value #SEED_HIGH} for the first 8 hex digits and with seed {@value #SEED_LOW} for the last 8. Format 1
 * hashed each event's text line ({@link TraceEvent#canonical()}) byte by byte with FNV-1a 64; a word at a
 * time is what lets the browser hash a run of 200,000 events in a few milliseconds (docs/benchmarks.md).
 */
public final class TraceHash {
  /** The format number, the first word hashed. */
  public static final int FORMAT = 2;
  static final int SEED_HIGH = 0;
  static final int SEED_LOW = 0x54534832;
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private int high = SEED_HIGH;
  private int low = SEED_LOW;
  private int words;
  /** By the caller's task index: the task's number in order of appearance, plus one (0: not seen). */
  private int[] numberPlusOne;
  private int seen;
  /** The name of the task {@link #name} just numbered, hashed with its first event. */
  private String pendingName;

  /** A hash of no events yet, for callers that number their tasks 0..tasks-1. */
  TraceHash(int tasks) {
    numberPlusOne = new int[Math.max(tasks, 1)];
    word(FORMAT);
  }

  /** The hash of {@code events}. */
  public static String of(List<TraceEvent> events) {
    Map<String, Integer> index = new LinkedHashMap<>();
    TraceHash h = new TraceHash(0);
    for (int i = 0, n = events.size(); i < n; i++) {
      TraceEvent e = events.get(i);
      Integer known = index.get(e.task());
      int task = known != null ? known : index.size();
      if (known == null) {
        index.put(e.task(), task);
        h.name(task, e.task());
      }
      h.event(e.tick(), task, tail(e.from(), e.to(), e.event(), e.core()));
    }
    return h.hex();
  }

  /**
   * An event's last hashed word, {@code from << 24 | to << 16 | event << 8 | (core + 1)}; {@link Trace}
   * stores events in this form too, so hashing a stored event reads it as it is.
   */
  static int tail(State from, State to, Event event, int core) {
    return from.ordinal() << 24 | to.ordinal() << 16 | event.ordinal() << 8 | (core + 1);
  }

  /** Whether the task the caller numbers {@code task} has not appeared yet; then call {@link #name}. */
  boolean isNew(int task) {
    return task >= numberPlusOne.length || numberPlusOne[task] == 0;
  }

  /** Gives a new task its number (in order of appearance) and the name it is hashed with. */
  void name(int task, String name) {
    if (task >= numberPlusOne.length) {
      numberPlusOne = Arrays.copyOf(numberPlusOne, Math.max(task + 1, numberPlusOne.length * 2));
    }
    numberPlusOne[task] = ++seen;
    pendingName = name;
  }

  /**
   * Hashes one event of a task already {@link #name named}; {@code tail} is the event's last word
   * ({@code from << 24 | to << 16 | event << 8 | (core + 1)}).
   */
  void event(int tick, int task, int tail) {
    if (pendingName != null) {
      word(tick);
      word(numberPlusOne[task] - 1);
      String name = pendingName;
      pendingName = null;
      word(name.length());
      for (int i = 0; i < name.length(); i++) {
        word(name.charAt(i));
      }
      word(tail);
      return;
    }
    // The common case, three words, on locals (this runs for every event of every run).
    int h = high;
    int l = low;
    int k = scramble(tick);
    h = mix(h, k);
    l = mix(l, k);
    k = scramble(numberPlusOne[task] - 1);
    h = mix(h, k);
    l = mix(l, k);
    k = scramble(tail);
    high = mix(h, k);
    low = mix(l, k);
    words += 3;
  }

  /** One 4-byte block of MurmurHash3_x86_32, into both seeds' states. */
  private void word(int block) {
    int k = scramble(block);
    high = mix(high, k);
    low = mix(low, k);
    words++;
  }

  // Rotations written out: Integer.rotateLeft costs a call and a class-initialisation check in TeaVM.
  private static int scramble(int block) {
    int k = block * C1;
    return ((k << 15) | (k >>> 17)) * C2;
  }

  private static int mix(int h, int k) {
    int x = h ^ k;
    return ((x << 13) | (x >>> 19)) * 5 + 0xe6546b64;
  }

  /** MurmurHash3's finalisation (length in bytes, then fmix32) of both states, as hex. */
  String hex() {
    return hex8(fmix(high ^ (words << 2))) + hex8(fmix(low ^ (words << 2)));
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static String hex8(int value) {
    String digits = Integer.toHexString(value);
    return "00000000".substring(digits.length()) + digits;
  }
}
