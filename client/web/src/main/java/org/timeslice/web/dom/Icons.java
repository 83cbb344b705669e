package org.timeslice.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Transport icons as 20×20 SVG paths in {@code currentColor}: crisp at any zoom and independent of the
 * fonts installed (media-control glyphs such as ⏮ are missing from many system fonts). Decorative only:
 * the button around an icon carries the accessible name.
 */
public final class Icons {
  public static final String START = "M4 4h2.2v12H4zM16 4v12L7.2 10z";
  public static final String BACK = "M15 4v12L6.5 10zM4 4h2.2v12H4z";
  public static final String PLAY = "M6 3.5v13L16.5 10z";
  public static final String PAUSE = "M5 4h3.6v12H5zM11.4 4H15v12h-3.6z";
  public static final String FORWARD = "M5 4v12L13.5 10zM13.8 4H16v12h-2.2z";
  public static final String END = "M4 4v12l8.8-6zM13.8 4H16v12h-2.2z";
  public static final String RESET = "M10 3.5a6.5 6.5 0 1 1-6.1 4.3l1.9.7A4.5 4.5 0 1 0 10 5.5V8L6 4.5 10 1z";

  private Icons() {}

  /** A new decorative icon element. */
  public static HTMLElement icon(String path) {
    HTMLElement svg = Dom.svg("svg", "icon");
    Dom.attrs(svg, "viewBox", "0 0 20 20", "width", "20", "height", "20", "aria-hidden", "true",
        "focusable", "false");
    HTMLElement p = Dom.svg("path", null);
    p.setAttribute("d", path);
    svg.appendChild(p);
    return svg;
  }

  /** Replaces the path of an icon made by {@link #icon}. */
  public static void set(HTMLElement icon, String path) {
    setFirstChildPath(icon, path);
  }

  // A cast of an SVG node to HTMLElement fails TeaVM's strict checks; set the attribute natively.
  @JSBody(params = {"icon", "d"}, script = "var p = icon.firstChild; if (p.getAttribute('d') !== d) p.setAttribute('d', d);")
  private static native void setFirstChildPath(HTMLElement icon, String d);
}
