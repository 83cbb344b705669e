package org.timeslice.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Small helpers to build HTML and SVG with {@code createElement}/{@code createElementNS}. Text always goes
 * through {@code textContent}; nothing here ever parses HTML, so user text cannot inject markup.
 */
public final class Dom {
  public static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Dom() {}

  public static HTMLDocument document() {
    return Window.current().getDocument();
  }

  /** A new HTML element with an optional class (null for none). */
  public static HTMLElement el(String tag, String className) {
    HTMLElement e = document().createElement(tag);
    if (className != null) {
      e.setClassName(className);
    }
    return e;
  }

  /** A new HTML element with a class and text. */
  public static HTMLElement text(String tag, String className, String text) {
    HTMLElement e = el(tag, className);
    e.setTextContent(text);
    return e;
  }

  /** A new SVG element with an optional class. */
  public static HTMLElement svg(String tag, String className) {
    HTMLElement e = createNs(document(), SVG_NS, tag);
    if (className != null) {
      e.setAttribute("class", className);
    }
    return e;
  }

  /** Sets attribute {@code name} to a number without trailing ".0". */
  public static void num(HTMLElement e, String name, double value) {
    e.setAttribute(name, Fmt.svgNumber(value));
  }

  /** Sets several attributes: {@code attrs(e, "x", "1", "y", "2")}. */
  public static HTMLElement attrs(HTMLElement e, String... pairs) {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      e.setAttribute(pairs[i], pairs[i + 1]);
    }
    return e;
  }

  /** Removes every child. */
  public static void clear(HTMLElement e) {
    while (e.getFirstChild() != null) {
      e.removeChild(e.getFirstChild());
    }
  }

  /**
   * Sets the text only if it changed (cheap frames, no needless mutations). The comparison happens in
   * JavaScript: reading textContent back into a Java string cost more than the write it saved.
   */
  public static void setText(HTMLElement e, String text) {
    setTextIfChanged(e, text);
  }

  @JSBody(params = {"e", "text"}, script = "if (e.textContent !== text) e.textContent = text;")
  private static native void setTextIfChanged(HTMLElement e, String text);

  /** Sets an attribute only if it changed. */
  public static void setAttr(HTMLElement e, String name, String value) {
    if (!value.equals(e.getAttribute(name))) {
      e.setAttribute(name, value);
    }
  }

  /** Adds or removes a class. */
  public static void toggle(HTMLElement e, String className, boolean on) {
    if (on) {
      e.getClassList().add(className);
    } else {
      e.getClassList().remove(className);
    }
  }

  public static void on(HTMLElement e, String type, EventListener<Event> listener) {
    e.addEventListener(type, listener);
  }

  /** A button with visible text and an accessible name. */
  public static HTMLElement button(String className, String text, String ariaLabel) {
    HTMLElement b = text("button", className, text);
    b.setAttribute("type", "button");
    if (ariaLabel != null) {
      b.setAttribute("aria-label", ariaLabel);
    }
    return b;
  }

  /**
   * A {@code <section>} named by its own heading: {@code <section class aria-labelledby=id><hN id>title</hN>}.
   * The heading is the section's first child; append the rest after it.
   */
  public static HTMLElement titledSection(String className, String headingTag, String headingId, String title) {
    HTMLElement section = el("section", className);
    section.setAttribute("aria-labelledby", headingId);
    HTMLElement h = text(headingTag, null, title);
    h.setAttribute("id", headingId);
    section.appendChild(h);
    return section;
  }

  /**
   * The whole number in an input field.
   *
   * @throws org.timeslice.model.core.InvalidScenarioException naming {@code field} ("{@code what} must be a
   *     whole number") if the field holds anything else, so the caller shows it like any other bad value
   */
  public static int wholeNumber(HTMLElement input, String field, String what) {
    try {
      return Integer.parseInt(value(input).trim());
    } catch (NumberFormatException e) {
      throw new org.timeslice.model.core.InvalidScenarioException(field, "a whole number",
          what + " must be a whole number");
    }
  }

  /** A {@code <thead>} with one row of column headers ({@code <th scope="col">}). */
  public static HTMLElement thead(String... columns) {
    HTMLElement row = el("tr", null);
    for (String c : columns) {
      HTMLElement th = text("th", null, c);
      th.setAttribute("scope", "col");
      row.appendChild(th);
    }
    HTMLElement head = el("thead", null);
    head.appendChild(row);
    return head;
  }

  /** Appends {@code <option value=pair[0]>pair[1]</option>} to {@code select} for each pair. */
  public static HTMLElement options(HTMLElement select, String[][] valueAndText) {
    for (String[] pair : valueAndText) {
      HTMLElement o = text("option", null, pair[1]);
      o.setAttribute("value", pair[0]);
      select.appendChild(o);
    }
    return select;
  }

  /** A {@code <label>} wrapping a control, with the label text first. */
  public static HTMLElement labelled(String labelText, HTMLElement control, String className) {
    HTMLElement label = el("label", className);
    label.appendChild(text("span", "label-text", labelText));
    label.appendChild(control);
    return label;
  }

  @JSBody(params = {"doc", "ns", "tag"}, script = "return doc.createElementNS(ns, tag);")
  private static native HTMLElement createNs(HTMLDocument doc, String ns, String tag);

  /** The value of a form control (input, select). */
  @JSBody(params = "e", script = "return String(e.value);")
  public static native String value(HTMLElement e);

  @JSBody(params = {"e", "v"}, script = "e.value = v;")
  public static native void setValue(HTMLElement e, String v);

  @JSBody(params = "e", script = "return e.tagName;")
  public static native String tagName(HTMLElement e);

  @JSBody(params = "e", script = "return e.type || '';")
  public static native String inputType(HTMLElement e);
}
