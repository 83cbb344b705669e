package org.timeslice.server;

import io.javalin.config.Key;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address people use to reach the site, {@code scheme://host[:port]}, from configuration
 * ({@code --public-url}, {@code PUBLIC_URL}; docs/hosting.md). Every absolute URL the site writes (a page's
 * canonical and {@code og:url}, an oEmbed answer, an embed snippet) starts with it, and the API's cross-site
 * check compares a request's {@code Origin} with it. The request's own {@code Host} header is never used:
 * behind a proxy it names the upstream, and anyone can send any value.
 *
 * <p>Without configuration the public URL is the listening address, {@code http://localhost:PORT} with the
 * port the server actually listens on (so port 0 in tests works).
 */
public final class PublicUrl {
  static final Key<PublicUrl> KEY = new Key<>("timeslice.publicUrl");

  /** The configured origin, or null for the listening address. */
  private final String configured;

  private PublicUrl(String configured) {
    this.configured = configured;
  }

  /**
   * No origin at all: absolute paths ({@code /play/scheduler}) instead of absolute URLs, for a static copy of
   * the site whose address is not known when it is written ({@code export-site} without {@code --public-url}).
   */
  public static PublicUrl rootRelative() {
    return new PublicUrl("");
  }

  /** The listening address, {@code http://localhost:PORT}. */
  public static PublicUrl listeningAddress() {
    return new PublicUrl(null);
  }

  /**
   * Parses a configured public URL: {@code http} or {@code https}, a host, an optional port, nothing else
   * (a path other than {@code /}, a query or credentials are refused: the site is served from the root).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static PublicUrl parse(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: '" + text + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("must start with http:// or https://, got '" + text + "'");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("must name a host (and no user), got '" + text + "'");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "must be scheme://host[:port] only, without a path (the site is served from the root), got '" + text + "'");
    }
    String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    boolean defaultPort = uri.getPort() < 0 || (scheme.equals("http") && uri.getPort() == 80)
        || (scheme.equals("https") && uri.getPort() == 443);
    return new PublicUrl(defaultPort ? origin : origin + ":" + uri.getPort());
  }

  /** True when configured, false for the listening address. */
  public boolean isConfigured() {
    return configured != null;
  }

  /** The origin for a request on a connection that reached the server on {@code localPort}. */
  public String origin(int localPort) {
    return configured != null ? configured : "http://localhost:" + localPort;
  }

  /**
   * Whether a browser's {@code Origin} header names this site. For the listening address, the loopback
   * spellings of the same port count too ({@code 127.0.0.1}, {@code [::1]}): they are this machine.
   */
  public boolean isSameSite(String requestOrigin, int localPort) {
    String candidate = requestOrigin.trim().toLowerCase(Locale.ROOT);
    if (configured != null) {
      return candidate.equals(configured);
    }
    return candidate.equals("http://localhost:" + localPort) || candidate.equals("http://127.0.0.1:" + localPort)
        || candidate.equals("http://[::1]:" + localPort);
  }

  /** The site's origin for this request (its configured public URL, never the request's Host). */
  public static String origin(Context ctx) {
    return of(ctx).origin(ctx.req().getLocalPort());
  }

  /** The public URL of the application that handles {@code ctx}. */
  public static PublicUrl of(Context ctx) {
    try {
      PublicUrl url = ctx.appData(KEY);
      return url == null ? listeningAddress() : url;
    } catch (RuntimeException e) {
      return listeningAddress(); // an app built without App.create (a test's bare app)
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicUrl that && java.util.Objects.equals(configured, that.configured);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(configured);
  }

  @Override
  public String toString() {
    return configured == null ? "the listening address" : configured;
  }
}
