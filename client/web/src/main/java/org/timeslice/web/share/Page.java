package org.timeslice.web.share;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The page's address, history and clipboard, each a one-line binding. */
final class Page {
  private Page() {}

  /** Told whether copying worked. */
  @JSFunctor
  interface Copied extends JSObject {
    void copied(boolean ok);
  }

  /** A query parameter of the current address (URL-decoded), or null. */
  @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
  static native String param(String name);

  @JSBody(script = "return location.origin;")
  static native String origin();

  @JSBody(script = "return location.pathname;")
  static native String path();

  @JSBody(script = "return location.pathname + location.search;")
  static native String pathAndQuery();

  @JSBody(params = "url", script = "history.replaceState(history.state, '', url);")
  static native void replace(String url);

  @JSBody(params = "url", script = "history.pushState(null, '', url);")
  static native void push(String url);

  @JSBody(params = {"e", "selector"}, script = "return e.closest(selector);")
  static native HTMLElement closest(HTMLElement e, String selector);

  @JSBody(params = "title", script = "document.title = title;")
  static native void setTitle(String title);

  /** Whether this page is the chrome-less embed page (its history must not grow the host's). */
  @JSBody(script = "return document.documentElement.classList.contains('embedded');")
  static native boolean embedded();

  @JSBody(params = "dialog", script = "if (dialog.showModal) { dialog.showModal(); } "
      + "else { dialog.setAttribute('open', ''); }")
  static native void showModal(HTMLElement dialog);

  @JSBody(params = "dialog", script = "if (dialog.close) { dialog.close(); } else { dialog.removeAttribute('open'); }")
  static native void close(HTMLElement dialog);

  @JSBody(params = "e", script = "e.select();")
  static native void selectAll(HTMLElement e);

  /**
   * Copies {@code text}: the asynchronous clipboard API where allowed, else a selected hidden textarea and
   * {@code execCommand('copy')} (iframes without the clipboard-write permission).
   */
  @JSBody(params = {"text", "done"}, script = ""
      + "function fallback() {"
      + "  var t = document.createElement('textarea'); t.value = text; t.setAttribute('readonly', '');"
      + "  t.className = 'visually-hidden'; document.body.appendChild(t); t.select(); var ok = false;"
      + "  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }"
      + "  document.body.removeChild(t); done(ok);"
      + "}"
      + "if (navigator.clipboard && navigator.clipboard.writeText) {"
      + "  navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);"
      + "} else { fallback(); }")
  static native void copy(String text, Copied done);
}
