package org.timeslice.web.shell;

import static org.timeslice.web.dom.Dom.button;
import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.on;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.web.dom.Browser;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Icons;

/**
 * The shared transport bar: jump to start, step back, play/pause, step forward, jump to end, the timeline
 * slider, the tick readout and the speed. Turns input into {@link Player} commands; renders its state.
 */
public final class TimeControls {
  private final Player player;
  private final HTMLElement root = el("div", "time-controls");
  private final HTMLElement play;
  private final HTMLElement playIcon = Icons.icon(Icons.PLAY);
  private final HTMLElement slider = el("input", "timeline");
  private final HTMLElement readout = text("output", "tick-readout", "tick 0 / 0");
  private final HTMLElement speed = el("select", "speed");
  private final HTMLElement extras = el("div", "transport-extras");

  public TimeControls(Player player, Runnable reset) {
    this.player = player;
    root.setAttribute("role", "group");
    root.setAttribute("aria-label", "Time controls");
    HTMLElement buttons = el("div", "transport");
    buttons.appendChild(command(Icons.START, "Jump to start", "Home", () -> player.step(-player.maxTick())));
    buttons.appendChild(command(Icons.BACK, "Step back", "←", () -> player.step(-1)));
    play = button("play", "", "Play");
    play.appendChild(playIcon);
    on(play, "click", e -> player.toggle());
    buttons.appendChild(play);
    buttons.appendChild(command(Icons.FORWARD, "Step forward", "→", () -> player.step(1)));
    buttons.appendChild(command(Icons.END, "Jump to end", "End", () -> player.step(player.maxTick())));
    root.appendChild(buttons);

    Dom.attrs(slider, "type", "range", "min", "0", "max", "0", "step", "1", "value", "0",
        "aria-label", "Timeline");
    on(slider, "input", e -> {
      player.pause();
      player.seek(parseInt(Dom.value(slider), 0));
    });
    HTMLElement scrub = el("div", "scrub");
    scrub.appendChild(slider);
    readout.setAttribute("aria-hidden", "true");
    scrub.appendChild(readout);
    root.appendChild(scrub);

    for (int i = 0; i < Player.SPEEDS.length; i++) {
      HTMLElement option = text("option", null, Player.SPEED_LABELS[i] + " ticks/s");
      option.setAttribute("value", Integer.toString(i));
      speed.appendChild(option);
    }
    on(speed, "change", e -> player.setSpeedIndex(parseInt(Dom.value(speed), 4)));
    extras.appendChild(Dom.labelled("Speed", speed, "field inline"));
    HTMLElement resetButton = button("ctl reset", "", "Reset the scenario");
    resetButton.appendChild(Icons.icon(Icons.RESET));
    resetButton.appendChild(text("span", null, "Reset"));
    resetButton.setAttribute("title", "Undo every edit and reload the preset");
    on(resetButton, "click", e -> reset.run());
    extras.appendChild(resetButton);
    root.appendChild(extras);
    player.addListener(this::render);
    render(player);
  }

  /** Adds a control (e.g. the seed field) to the end of the bar. */
  public void addExtra(HTMLElement control) {
    extras.appendChild(control);
  }

  public HTMLElement element() {
    return root;
  }

  private HTMLElement command(String iconPath, String aria, String key, Runnable action) {
    HTMLElement b = button("ctl", "", aria);
    b.appendChild(Icons.icon(iconPath));
    b.setAttribute("title", aria + " (" + key + ")");
    on(b, "click", e -> action.run());
    return b;
  }

  private void render(Player p) {
    boolean playing = p.isPlaying();
    Icons.set(playIcon, playing ? Icons.PAUSE : Icons.PLAY);
    Dom.setAttr(play, "aria-label", playing ? "Pause" : "Play");
    Dom.setAttr(play, "title", playing ? "Pause (Space)" : "Play (Space)");
    String max = Integer.toString(p.maxTick());
    Dom.setAttr(slider, "max", max);
    String value = Integer.toString(p.tick());
    if (!value.equals(Dom.value(slider))) {
      Dom.setValue(slider, value);
    }
    Dom.setAttr(slider, "aria-valuetext", "tick " + value + " of " + max);
    Dom.setText(readout, "tick " + value + " / " + max);
    // Reserve the widest readout of this run so that the slider never jumps while playing.
    readout.getStyle().setProperty("min-width", (5 + 2 * max.length() + 3) + "ch");
    String speedValue = Integer.toString(p.speedIndex());
    if (!speedValue.equals(Dom.value(speed))) {
      Dom.setValue(speed, speedValue);
    }
  }

  /**
   * Space, arrows (Shift: 10), Home/End and [ ] inside {@code scope}, or anywhere on the page when nothing
   * is focused (a click on a chart leaves the focus on the body); never while typing.
   */
  public void bindKeyboard(HTMLElement scope) {
    on(Browser.root(), "keydown", e -> {
      HTMLElement target = Browser.target(e);
      if (Browser.modified(e) || !Browser.forWidget(scope, target)) {
        return;
      }
      String tag = Dom.tagName(target);
      String key = Browser.key(e);
      boolean typing = "TEXTAREA".equals(tag) || "SELECT".equals(tag)
          || ("INPUT".equals(tag) && !"range".equals(Dom.inputType(target)));
      if (typing || (("BUTTON".equals(tag) || "SUMMARY".equals(tag)) && (" ".equals(key) || "Enter".equals(key)))) {
        return;
      }
      if (handleKey(key, Browser.shift(e))) {
        Browser.preventDefault(e);
      }
    });
  }

  private boolean handleKey(String key, boolean shift) {
    int jump = shift ? 10 : 1;
    switch (key) {
      case " ":
        player.toggle();
        return true;
      case "ArrowRight":
        player.step(jump);
        return true;
      case "ArrowLeft":
        player.step(-jump);
        return true;
      case "Home":
        player.step(-player.maxTick());
        return true;
      case "End":
        player.step(player.maxTick());
        return true;
      case "[":
        player.setSpeedIndex(player.speedIndex() - 1);
        return true;
      case "]":
        player.setSpeedIndex(player.speedIndex() + 1);
        return true;
      default:
        return false;
    }
  }

  static int parseInt(String s, int fallback) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
