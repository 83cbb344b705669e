package org.timeslice.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A widget's first frame: the playground's markup exactly as the browser bundle draws it for
 * {@code /play/{widget}} without parameters, recorded from the bundle in Chromium at 1280×900 (e2e
 * {@code FirstFrames}; {@code FirstFrameIT} fails when it no longer matches). The page carries it so the
 * widget is painted with the page's first paint instead of after the bundle has downloaded, compiled
 * and run; the bundle replaces it with the live widget in one task (docs/architecture.md, "First frame").
 *
 * <p>The markup is the site's own output, never a visitor's text, so it goes into the page unescaped.
 * Its inline {@code style} attributes (the playhead's position, a readout's width) are allowed by the
 * page's Content-Security-Policy through their hashes ({@link #styleHashes}), not by
 * {@code 'unsafe-inline'}.
 *
 * @param html the playground's inner markup
 * @param styleHashes CSP sources ({@code 'sha256-…'}) of each distinct {@code style} attribute, sorted
 */
public record FirstFrame(String html, List<String> styleHashes) {
  private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");

  public FirstFrame {
    styleHashes = List.copyOf(styleHashes);
  }

  /** The frame of {@code widgetId} from {@code first-frames/{id}.html} on the class path, or null if none. */
  public static FirstFrame load(ClassLoader loader, String widgetId) {
    try (InputStream in = loader.getResourceAsStream("first-frames/" + widgetId + ".html")) {
      return in == null ? null : of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the first frame of " + widgetId, e);
    }
  }

  /** The frame with this markup and the hashes of its style attributes. */
  public static FirstFrame of(String html) {
    TreeSet<String> hashes = new TreeSet<>();
    Matcher m = STYLE_ATTRIBUTE.matcher(html);
    while (m.find()) {
      hashes.add(ContentSecurityPolicy.hash(unescapeAttribute(m.group(1))));
    }
    return new FirstFrame(html, new ArrayList<>(hashes));
  }

  /**
   * An attribute value as the browser reads it: the HTML serializer escapes only {@code &}, {@code "},
   * {@code <}, {@code >} and no-break spaces in attribute values, so these are all that need undoing.
   */
  static String unescapeAttribute(String value) {
    return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
  }
}
