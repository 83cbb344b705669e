package org.timeslice.web.shell;

import org.timeslice.model.replay.Progress;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.sim.Snapshot;

/**
 * What every view of one stage renders for one playhead position: the recording, the tick (clamped to the
 * run), the snapshot, how many events have happened, and the metrics known so far. Read-only.
 */
public final class Frame {
  private final Recording recording;
  private final int tick;
  private final boolean playing;
  private Snapshot snapshot;
  private Progress progress;
  private final int eventCount;

  Frame(Recording recording, int tick, boolean playing) {
    this.recording = recording;
    this.tick = Math.min(tick, recording.makespan());
    this.playing = playing;
    this.eventCount = recording.eventCountUpTo(this.tick);
  }

  public Recording recording() {
    return recording;
  }

  public int tick() {
    return tick;
  }

  public boolean playing() {
    return playing;
  }

  public boolean finished() {
    return tick >= recording.makespan();
  }

  /** Events with tick ≤ the playhead. */
  public int eventCount() {
    return eventCount;
  }

  public Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = recording.snapshotAt(tick);
    }
    return snapshot;
  }

  public Progress progress() {
    if (progress == null) {
      progress = Progress.at(recording.scenario(), recording.events(), eventCount, tick);
    }
    return progress;
  }
}
