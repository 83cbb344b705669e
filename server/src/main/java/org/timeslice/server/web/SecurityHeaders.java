package org.timeslice.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Headers every response carries, whoever writes it: our handlers and the HTTP layer's own error answers
 * (docs/architecture.md, "Security"). Only {@code /embed/*} may be framed, by any site (docs/embedding.md);
 * every other page refuses to be framed. A page with inline styles replaces the policy with its own
 * ({@link ContentSecurityPolicy}).
 */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  /** The headers of a response to {@code path} (null when the request could not be read). */
  public static Map<String, String> forPath(String path) {
    boolean embeddable = path != null && path.startsWith("/embed/");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("Content-Security-Policy", ContentSecurityPolicy.of(embeddable, List.of()));
    if (!embeddable) {
      headers.put("X-Frame-Options", "DENY");
    }
    return headers;
  }
}
