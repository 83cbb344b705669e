package org.timeslice.web.share;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.on;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.web.dom.Dom;

/**
 * The "Copy link" and "Embed" buttons of a playground, the status line that confirms a copy (visible,
 * and announced through a polite live region), and the embed dialog with the iframe snippet.
 */
final class ShareTools {
  /** Height of the snippet's iframe until embed.js fits it to the content. */
  static final int SNIPPET_HEIGHT_PX = 640;

  private final ShareLinks links;
  private final HTMLElement root = el("div", "share-tools");
  private final HTMLElement status = el("span", "share-status");
  private final HTMLElement dialog = el("dialog", "embed-dialog");
  private final HTMLElement snippet = el("textarea", "embed-snippet");
  private final HTMLElement dialogStatus = el("span", "share-status");

  ShareTools(ShareLinks links) {
    this.links = links;
    root.setAttribute("role", "group");
    root.setAttribute("aria-label", "Share");
    HTMLElement copy = Dom.button("ctl share-copy", "Copy link", null);
    copy.setAttribute("title", "Copy a link to exactly this state");
    on(copy, "click", e -> copyLink());
    HTMLElement embed = Dom.button("ctl share-embed", "Embed", null);
    embed.setAttribute("aria-haspopup", "dialog");
    embed.setAttribute("title", "Get the HTML to embed this widget in another page");
    on(embed, "click", e -> openDialog());
    HTMLElement svg = Dom.button("ctl share-export", "SVG", null);
    svg.setAttribute("title", "Download the chart as an SVG image");
    svg.setAttribute("aria-label", "Download the chart as SVG");
    on(svg, "click", e -> saved(Exports.svg(links.scope(), links.playground().scenario()), "SVG image"));
    HTMLElement png = Dom.button("ctl share-export", "PNG", null);
    png.setAttribute("title", "Download the chart as a PNG image");
    png.setAttribute("aria-label", "Download the chart as PNG");
    on(png, "click", e -> saved(Exports.png(links.scope(), links.playground().scenario()), "PNG image"));
    HTMLElement trace = Dom.button("ctl share-export", "Trace", null);
    trace.setAttribute("title", "Download the run as a Chrome trace file for ui.perfetto.dev");
    trace.setAttribute("aria-label", "Download the run as a trace for Perfetto");
    on(trace, "click", e -> saved(Exports.trace(links.playground().scenario(), links.playground().result()),
        "trace file (open it in ui.perfetto.dev)"));
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("data-role", "share-status");
    root.appendChild(copy);
    root.appendChild(embed);
    root.appendChild(svg);
    root.appendChild(png);
    root.appendChild(trace);
    root.appendChild(status);
    buildDialog();
  }

  HTMLElement element() {
    return root;
  }

  private void saved(boolean ok, String what) {
    Dom.setText(status, ok ? "Downloading the " + what + "." : "Nothing to export yet.");
  }

  private void copyLink() {
    if (!links.fitsInLink()) {
      Dom.setText(status, "This scenario is too large for a link.");
      return;
    }
    String url = links.playUrl();
    Page.copy(url, ok -> Dom.setText(status, ok ? "Link copied." : "Copy failed: select the address bar and copy it."));
  }

  private void buildDialog() {
    dialog.setAttribute("aria-labelledby", "embed-dialog-heading");
    dialog.setAttribute("data-role", "embed-dialog");
    HTMLElement heading = text("h2", null, "Embed this widget");
    heading.setAttribute("id", "embed-dialog-heading");
    dialog.appendChild(heading);
    dialog.appendChild(text("p", null, "Paste this HTML into your page. It shows the widget in its current "
        + "state; the script makes the frame as tall as its content. Any site may embed it."));
    snippet.setAttribute("readonly", "");
    snippet.setAttribute("rows", "6");
    snippet.setAttribute("spellcheck", "false");
    dialog.appendChild(Dom.labelled("HTML", snippet, "field embed-field"));
    HTMLElement actions = el("div", "dialog-actions");
    HTMLElement copy = Dom.button("ctl", "Copy HTML", null);
    on(copy, "click", e -> Page.copy(Dom.value(snippet),
        ok -> Dom.setText(dialogStatus, ok ? "HTML copied." : "Copy failed: select the text and copy it.")));
    HTMLElement close = Dom.button("ctl", "Close", null);
    on(close, "click", e -> Page.close(dialog));
    dialogStatus.setAttribute("role", "status");
    dialogStatus.setAttribute("aria-live", "polite");
    actions.appendChild(copy);
    actions.appendChild(close);
    actions.appendChild(dialogStatus);
    dialog.appendChild(actions);
    Dom.document().getBody().appendChild(dialog);
  }

  private void openDialog() {
    Dom.setValue(snippet, snippet(links.embedUrl(), links.frameTitle()));
    Dom.setText(dialogStatus, "");
    Page.showModal(dialog);
    snippet.focus();
    Page.selectAll(snippet);
  }

  /** The HTML a host pastes: a titled, lazy iframe and the sizing script from our origin. */
  static String snippet(String embedUrl, String title) {
    String origin = embedUrl.substring(0, embedUrl.indexOf("/embed/"));
    return "<iframe src=\"" + attr(embedUrl) + "\" title=\"" + attr(title) + "\" loading=\"lazy\" "
        + "width=\"720\" height=\"" + SNIPPET_HEIGHT_PX + "\" data-timeslice-embed "
        + "style=\"width:100%;max-width:720px;border:0\"></iframe>\n"
        + "<script async src=\"" + attr(origin) + "/embed.js\"></script>";
  }

  /** Escapes text for a double-quoted HTML attribute. */
  static String attr(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
