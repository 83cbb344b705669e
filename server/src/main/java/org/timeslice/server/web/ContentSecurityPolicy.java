package org.timeslice.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The one place the pages' Content-Security-Policy is written (docs/architecture.md, "Security"): scripts,
 * styles and everything else only from this origin; no plugins, no {@code <base>}; only {@code /embed/*}
 * may be framed.
 */
public final class ContentSecurityPolicy {
  private ContentSecurityPolicy() {}

  /**
   * The policy of a page.
   *
   * @param embeddable whether any site may frame the page
   * @param styleHashes hash sources ({@link #hash}) of the inline styles the page carries: its
   *     {@code <style>} element and the {@code style} attributes of a widget's {@link FirstFrame}
   *     ({@code 'unsafe-hashes'} lets the hashes apply to attributes; only these exact texts are allowed,
   *     all of them the site's own); empty for none, which allows no inline style at all
   */
  public static String of(boolean embeddable, List<String> styleHashes) {
    String styles = styleHashes.isEmpty() ? "'self'" : "'self' 'unsafe-hashes' " + String.join(" ", styleHashes);
    return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + (embeddable ? "frame-ancestors *" : "frame-ancestors 'none'");
  }

  /** The hash source of an inline text: {@code 'sha256-}base64 of its UTF-8 SHA-256{@code '}. */
  public static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
