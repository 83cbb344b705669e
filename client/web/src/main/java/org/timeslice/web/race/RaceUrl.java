package org.timeslice.web.race;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;

/**
 * The race explorer's address: {@code ?preset=counter-race&switches=cpython&schedule=0.1.0.0.1.1}, so a
 * found interleaving can be shared; the philosophers page adds {@code n} and {@code meals}. A schedule lists the thread number of each step; {@code k<t>} kills t.
 */
final class RaceUrl {
  static final int MAX_SCHEDULE_CHARS = 4_000;

  private RaceUrl() {}

  @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
  static native String param(String name);

  /** Rewrites the address in place (no history entry per step). */
  @JSBody(params = {"preset", "switches", "schedule", "n", "meals"}, script = ""
      + "var q = new URLSearchParams(location.search); q.set('preset', preset);"
      + "if (n) q.set('n', n); else q.delete('n');"
      + "if (meals) q.set('meals', meals); else q.delete('meals');"
      + "if (switches) q.set('switches', switches); else q.delete('switches');"
      + "if (schedule) q.set('schedule', schedule); else q.delete('schedule');"
      + "history.replaceState(history.state, '', location.pathname + '?' + q.toString());")
  static native void write(String preset, String switches, String schedule, String n, String meals);

  static String encode(List<Integer> schedule) {
    StringBuilder sb = new StringBuilder();
    for (int c : schedule) {
      sb.append(sb.length() == 0 ? "" : ".").append(c >= 0 ? String.valueOf(c) : "k" + (-1 - c));
    }
    return sb.toString();
  }

  /**
   * Parses a schedule; throws {@link IllegalArgumentException} with a reader-facing message if it is not
   * one (too long, or a part that is not a thread number).
   */
  static List<Integer> decode(String text, int threads) {
    List<Integer> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    if (text.length() > MAX_SCHEDULE_CHARS) {
      throw new IllegalArgumentException("the schedule is longer than " + MAX_SCHEDULE_CHARS + " characters");
    }
    for (String part : text.split("\\.")) {
      boolean kill = part.startsWith("k");
      String digits = kill ? part.substring(1) : part;
      int t;
      try {
        t = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + part + "\" is not a thread number");
      }
      if (t < 0 || t >= threads) {
        throw new IllegalArgumentException("thread " + t + " does not exist (0.." + (threads - 1) + ")");
      }
      out.add(kill ? -1 - t : t);
    }
    return out;
  }
}
