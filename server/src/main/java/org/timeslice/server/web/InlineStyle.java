package org.timeslice.server.web;

import java.util.List;
import org.timeslice.server.assets.Assets;

/**
 * Stylesheets a page carries in a {@code <style>} element instead of linking them. A widget page does:
 * on a first visit each linked stylesheet costs a new connection and a round trip before anything can
 * be painted, and the widget's {@link FirstFrame} is only worth having if it is painted at once
 * (docs/benchmarks.md). The three files together are 8.6 KB gzip-compressed.
 *
 * @param css the stylesheets' texts, in cascade order
 * @param hash the Content-Security-Policy hash source that allows exactly this {@code <style>} element
 */
public record InlineStyle(String css, String hash) {
  /** The stylesheets {@code files} (logical asset names) joined in this order. */
  public static InlineStyle of(Assets assets, List<String> files) {
    StringBuilder css = new StringBuilder();
    for (String file : files) {
      css.append(assets.text(file));
      if (css.length() > 0 && css.charAt(css.length() - 1) != '\n') {
        css.append('\n');
      }
    }
    String text = css.toString();
    if (text.toLowerCase(java.util.Locale.ROOT).contains("</style")) {
      throw new IllegalStateException("a stylesheet to inline contains </style: " + files);
    }
    return new InlineStyle(text, ContentSecurityPolicy.hash(text));
  }
}
