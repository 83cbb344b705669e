package org.timeslice.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Browser facilities that the JSO API packages do not cover, each a one-line binding. */
public final class Browser {
  private Browser() {}

  @JSBody(params = "name", script = "if (window.performance && performance.mark) performance.mark(name);")
  public static native void mark(String name);

  /**
   * Sets the performance mark {@code name} once the page has painted what is in the DOM now: a message
   * posted from the next animation frame is delivered after that frame's style, layout and paint.
   */
  @JSBody(params = "name", script = "if (!(window.performance && performance.mark && window.MessageChannel)) return;"
      + "requestAnimationFrame(() => { const c = new MessageChannel();"
      + " c.port1.onmessage = () => performance.mark(name); c.port2.postMessage(0); });")
  public static native void markAfterPaint(String name);

  /** Signals that a TeaVM app finished starting: tests wait for {@code html[data-ts-ready]}. */
  @JSBody(params = "root", script = "root.setAttribute('data-ts-ready', 'true');"
      + "root.dispatchEvent(new CustomEvent('timeslice:ready'));")
  public static native void markReady(HTMLElement root);

  /** Milliseconds on the page's monotonic clock ({@code performance.now()}), for throttling only. */
  @JSBody(script = "return performance.now();")
  public static native double nowMs();

  @JSBody(script = "return !!(window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches);")
  public static native boolean prefersReducedMotion();

  /** The key of a keyboard event ({@code " "}, {@code "ArrowLeft"}, …). */
  @JSBody(params = "e", script = "return e.key || '';")
  public static native String key(JSObject e);

  @JSBody(params = "e", script = "return !!e.shiftKey;")
  public static native boolean shift(JSObject e);

  @JSBody(params = "e", script = "return !!(e.ctrlKey || e.metaKey || e.altKey);")
  public static native boolean modified(JSObject e);

  @JSBody(params = "e", script = "return e.target;")
  public static native HTMLElement target(JSObject e);

  /**
   * Whether a key press aimed at {@code target} belongs to the widget in {@code scope}: inside it, or on
   * the page itself (nothing focused, e.g. after a click on a chart), but not inside an open dialog.
   */
  @JSBody(params = {"scope", "target"}, script = "return !!target && (scope.contains(target)"
      + " || ((target === document.body || target === document.documentElement) && !document.querySelector('dialog[open]')));")
  public static native boolean forWidget(HTMLElement scope, HTMLElement target);

  /** The document's root element, where page-wide key listeners go. */
  @JSBody(script = "return document.documentElement;")
  public static native HTMLElement root();

  @JSBody(params = "e", script = "e.preventDefault();")
  public static native void preventDefault(JSObject e);

  @JSBody(params = {"e", "start", "end"}, script = "try { e.setSelectionRange(start, end); } catch (x) {}")
  public static native void select(HTMLElement e, int start, int end);
}
