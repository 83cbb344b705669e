package org.timeslice.web.share;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.share.DecodeResult;
import org.timeslice.model.share.ScenarioSummary;
import org.timeslice.model.share.ShareState;
import org.timeslice.model.share.ShareUrl;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.dom.Browser;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.shell.Player;
import org.timeslice.web.shell.Playground;

/**
 * Keeps one playground and its address in step (docs/url-format.md, "In the browser"): opening a link
 * reproduces its scenario, options and tick; edits push a history entry; playing and seeking replace the
 * current one (at most every {@link #REPLACE_INTERVAL_MS} while playing); back and forward restore.
 *
 * <p>Installed once with {@link #install()}; every widget's playground then gets it through
 * {@link Playground#setStartHook}, so a new widget needs nothing to be shareable.
 */
public final class ShareLinks {
  /**
   * While playing, the address follows the playhead at most once a second: replaceState costs several
   * milliseconds, which at 64× made every fourth frame late. Pausing, stepping and seeking update it at once.
   */
  static final double REPLACE_INTERVAL_MS = 1000;

  private final Playground pg;
  private final String widget;
  private final boolean embedded = Page.embedded();
  private final HTMLElement notice = Dom.el("div", "share-notice");
  private ShareTools tools;
  /** The {@code s} value of the state last written to (or read from) the address. */
  private String payload;
  private boolean restoring;
  private double lastReplaceMs = -1e9;
  /** The playground's element: where exports look for the chart. */
  private HTMLElement scope;
  /** What the page shows without a link: the widget's default preset. */
  private Preset fallback;

  private ShareLinks(Playground pg, String widget) {
    this.pg = pg;
    this.widget = widget;
  }

  /** Makes every playground started from now on shareable. */
  public static void install() {
    Playground.setStartHook((pg, preset, scope) -> {
      HTMLElement host = Page.closest(scope, "[data-widget]");
      String widget = host == null ? "scheduler" : host.getAttribute("data-widget");
      new ShareLinks(pg, widget).start(preset, scope);
    });
  }

  private void start(Preset fallback, HTMLElement scope) {
    this.fallback = fallback;
    this.scope = scope;
    notice.setAttribute("role", "alert");
    notice.setAttribute("data-role", "share-notice");
    notice.setAttribute("hidden", "");
    scope.insertBefore(notice, scope.getFirstChild());
    tools = new ShareTools(this);
    pg.controls().addExtra(tools.element());
    DecodeResult link = ShareUrl.decode(Page.param(ShareUrl.PAYLOAD_PARAM), Page.param(ShareUrl.TICK_PARAM));
    boolean shown = false;
    if (link.ok()) {
      shown = show(link.state());
    } else if (!link.empty()) {
      warn("This link could not be opened: " + link.error().message()
          + " Showing the default scenario instead.");
    }
    if (!shown) {
      pg.editor().load(fallback);
    }
    pg.onApplied(this::edited);
    pg.player().addListener(this::moved);
    Window.current().addEventListener("popstate", e -> restore());
    if (pg.scenario() != null) {
      Page.setTitle(ScenarioSummary.headline(pg.scenario()) + " — Timeslice");
    }
    // The link (a compressed scenario) is not needed for the first picture: build it right after, so the
    // first render does not wait for it (docs/benchmarks.md, cold start). Until then the address is left
    // as it is, which is what it would show anyway.
    Window.setTimeout(() -> {
      if (payload == null) {
        payload = currentPayload();
        updateLinks();
      }
    }, 0);
  }

  /** Loads a decoded state; false (with the reason shown) if this browser cannot play it. */
  private boolean show(ShareState state) {
    restoring = true;
    try {
      for (var option : state.options().entrySet()) {
        Playground.Option o = pg.options().get(option.getKey());
        if (o != null) {
          o.set().accept(option.getValue());
        }
      }
      Preset base = presetFor(state);
      pg.editor().load(new Preset(base.id(), base.title(), base.description(), state.scenario()));
      if (pg.scenario() == null || !pg.scenario().equals(state.scenario())) {
        warn("This link's scenario cannot be played here (it is too long to animate)."
            + " Showing the default scenario instead.");
        return false;
      }
      pg.player().pause();
      pg.player().seek(state.tick());
      return true;
    } finally {
      restoring = false;
    }
  }

  /** The widget preset the state came from: by id, else by title, else the first. */
  private Preset presetFor(ShareState state) {
    for (Preset p : pg.presets()) {
      if (p.id().equals(state.presetId())) {
        return p;
      }
    }
    for (Preset p : pg.presets()) {
      if (p.scenario().title().equals(state.scenario().title())) {
        return p;
      }
    }
    return pg.presets().get(0);
  }

  private void warn(String message) {
    notice.removeAttribute("hidden");
    Dom.setText(notice, message);
  }

  /** An edit ran: a new history entry (embedded pages only replace: the host's history is not ours). */
  private void edited() {
    if (restoring || pg.scenario() == null || payload == null) {
      return;
    }
    String next = currentPayload();
    if (next.equals(payload)) {
      return;
    }
    payload = next;
    notice.setAttribute("hidden", "");
    if (embedded) {
      Page.replace(pageUrl());
    } else {
      Page.push(pageUrl());
    }
    lastReplaceMs = Browser.nowMs();
    updateLinks();
  }

  /** The playhead moved (or play/pause): replace the entry, throttled while playing. */
  private void moved(Player player) {
    if (restoring || payload == null || pg.scenario() == null) {
      return;
    }
    double now = Browser.nowMs();
    if (player.isPlaying() && now - lastReplaceMs < REPLACE_INTERVAL_MS) {
      return;
    }
    lastReplaceMs = now;
    String url = pageUrl();
    if (!url.equals(Page.pathAndQuery())) {
      Page.replace(url);
      updateLinks();
    }
  }

  /** Back or forward: show the state the address now names (the default when it names none). */
  private void restore() {
    DecodeResult link = ShareUrl.decode(Page.param(ShareUrl.PAYLOAD_PARAM), Page.param(ShareUrl.TICK_PARAM));
    boolean shown = link.ok() && show(link.state());
    if (!shown && link.empty()) {
      restoring = true;
      try {
        pg.editor().load(fallback);
        pg.player().pause();
        pg.player().seek(0);
      } finally {
        restoring = false;
      }
      shown = true;
    }
    if (shown) {
      payload = currentPayload();
      notice.setAttribute("hidden", "");
      updateLinks();
    }
  }

  private String currentPayload() {
    return pg.scenario() == null ? null : ShareUrl.payload(state(0));
  }

  ShareState state(int tick) {
    java.util.TreeMap<String, String> options = new java.util.TreeMap<>();
    for (var o : pg.options().entrySet()) {
      options.put(o.getKey(), o.getValue().value().get());
    }
    Preset preset = pg.editor().currentPreset();
    return new ShareState(pg.scenario(), preset == null ? null : preset.id(), options, tick);
  }

  /** {@code s=…&t=…} of what is on screen now. */
  String query() {
    return ShareUrl.query(state(pg.player().tick()));
  }

  private String pageUrl() {
    return Page.path() + "?" + ShareUrl.PAYLOAD_PARAM + "=" + payload
        + (pg.player().tick() > 0 ? "&" + ShareUrl.TICK_PARAM + "=" + pg.player().tick() : "");
  }

  Playground playground() {
    return pg;
  }

  HTMLElement scope() {
    return scope;
  }

  String playUrl() {
    return Page.origin() + "/play/" + widget + "?" + query();
  }

  String embedUrl() {
    return Page.origin() + "/embed/" + widget + "?" + query();
  }

  /** What an iframe of the current state is called for screen readers. */
  String frameTitle() {
    HTMLElement h1 = Dom.document().querySelector("h1");
    String name = h1 == null ? "Timeslice" : h1.getTextContent().trim();
    return name + ": " + ScenarioSummary.headline(pg.scenario()) + " (Timeslice)";
  }

  boolean fitsInLink() {
    return pg.scenario() != null && ShareUrl.fits(ShareUrl.payload(state(0)));
  }

  private void updateLinks() {
    if (pg.scenario() == null) {
      return;
    }
    Page.setTitle(ScenarioSummary.headline(pg.scenario()) + " — Timeslice");
    HTMLElement open = Dom.document().querySelector("[data-role=open-full]");
    if (open != null) {
      open.setAttribute("href", playUrl());
    }
  }
}
