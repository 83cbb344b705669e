package org.timeslice.web.shell;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;

/**
 * The playhead: which tick is shown, whether it advances, how fast. {@code requestAnimationFrame} only
 * decides how many ticks to show per frame; what happens in a tick is fixed by the recorded run.
 */
public final class Player {
  /** Ticks per second the speed control offers. */
  public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
  public static final String[] SPEED_LABELS = {"0.25×", "0.5×", "1×", "2×", "4×", "8×", "16×", "32×", "64×"};
  private static final int DEFAULT_SPEED = 4;

  /** Told whenever the tick, the play state, the speed or the length changed. */
  public interface Listener {
    void changed(Player player);
  }

  private final List<Listener> listeners = new ArrayList<>();
  private int tick;
  private int maxTick;
  private boolean playing;
  private int speedIndex = DEFAULT_SPEED;
  private double pendingTicks;
  private double lastFrameMs = -1;
  private boolean frameRequested;

  public void addListener(Listener l) {
    listeners.add(l);
  }

  public int tick() {
    return tick;
  }

  public int maxTick() {
    return maxTick;
  }

  public boolean isPlaying() {
    return playing;
  }

  public int speedIndex() {
    return speedIndex;
  }

  public double ticksPerSecond() {
    return SPEEDS[speedIndex];
  }

  /** A new run: keeps the playhead where it is if the run is long enough. */
  public void setMaxTick(int max) {
    maxTick = Math.max(0, max);
    tick = Math.min(tick, maxTick);
    notifyListeners();
  }

  public void seek(int t) {
    int clamped = Math.max(0, Math.min(t, maxTick));
    pendingTicks = 0;
    if (clamped != tick) {
      tick = clamped;
      if (tick == maxTick) {
        playing = false;
      }
      notifyListeners();
    }
  }

  public void step(int delta) {
    pause();
    seek(tick + delta);
  }

  public void toggle() {
    if (playing) {
      pause();
    } else {
      play();
    }
  }

  public void play() {
    if (playing) {
      return;
    }
    if (tick >= maxTick) {
      tick = 0;
    }
    playing = true;
    pendingTicks = 0;
    lastFrameMs = -1;
    notifyListeners();
    requestFrame();
  }

  public void pause() {
    if (playing) {
      playing = false;
      notifyListeners();
    }
  }

  public void setSpeedIndex(int index) {
    int i = Math.max(0, Math.min(index, SPEEDS.length - 1));
    if (i != speedIndex) {
      speedIndex = i;
      notifyListeners();
    }
  }

  private void requestFrame() {
    if (!frameRequested) {
      frameRequested = true;
      Window.requestAnimationFrame(this::onFrame);
    }
  }

  private void onFrame(double nowMs) {
    frameRequested = false;
    if (!playing) {
      return;
    }
    if (lastFrameMs >= 0) {
      // Cap a long pause (background tab) at a quarter second of play.
      double elapsed = Math.min(nowMs - lastFrameMs, 250);
      pendingTicks += elapsed / 1000.0 * SPEEDS[speedIndex];
    } else if (tick < maxTick && pendingTicks == 0) {
      pendingTicks = 0;
    }
    lastFrameMs = nowMs;
    int whole = (int) Math.floor(pendingTicks);
    if (whole > 0) {
      pendingTicks -= whole;
      tick = Math.min(tick + whole, maxTick);
      if (tick == maxTick) {
        playing = false;
      }
      notifyListeners();
    }
    if (playing) {
      requestFrame();
    }
  }

  private void notifyListeners() {
    for (Listener l : listeners) {
      l.changed(this);
    }
  }
}
