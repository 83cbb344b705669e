package org.timeslice.model.share;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.timeslice.model.scenario.Scenario;

/**
 * Everything a shared link reproduces: the scenario (its seed included), the catalogue preset it was
 * derived from, the widget's own options and the tick the sender was looking at.
 *
 * @param scenario the scenario as the sender ran it
 * @param presetId id of the {@code sim.Presets} entry the scenario was edited from, or null; only used to
 *     keep the link short (the link stores the differences from that preset)
 * @param options widget options by key (e.g. {@code cmp → FIFO}), sorted by key so that equal states give
 *     equal links; never null
 * @param tick the playhead, {@code 0..Limits.MAX_TICKS}
 */
public record ShareState(
    Scenario scenario, String presetId, SortedMap<String, String> options, int tick) {

  public ShareState {
    presetId = presetId == null || presetId.isEmpty() ? null : presetId;
    options = Collections.unmodifiableSortedMap(
        options == null ? new TreeMap<>() : new TreeMap<>(options));
  }

  /** A state without widget options. */
  public static ShareState of(Scenario scenario, String presetId, int tick) {
    return new ShareState(scenario, presetId, null, tick);
  }

  /** The same state at another tick. */
  public ShareState atTick(int newTick) {
    return new ShareState(scenario, presetId, options, newTick);
  }

  /** The same state with one option set (null removes it). */
  public ShareState withOption(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(options);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new ShareState(scenario, presetId, copy, tick);
  }
}
