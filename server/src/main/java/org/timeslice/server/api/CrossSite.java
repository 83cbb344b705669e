package org.timeslice.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import org.timeslice.server.PublicUrl;

/**
 * Keeps other sites from starting work here through a visitor's browser (docs/api.md, "Cross-site
 * requests"). A page on another site can make a browser send a "simple" POST without asking first (no CORS
 * preflight) only with a form content type; a JSON POST is preflighted, and we never answer a preflight with
 * permission. So every API POST must say {@code Content-Type: application/json} (415 otherwise), and a
 * browser's {@code Origin} (or, without one, {@code Sec-Fetch-Site: cross-site}) must be this site's public
 * URL (403 otherwise). Scripts and {@code curl}, which send no {@code Origin}, are not affected.
 */
final class CrossSite {
  private static final int FORBIDDEN = 403;

  private CrossSite() {}

  /** @throws ApiException 403 naming {@code Origin} if the request comes from another site's page */
  static void check(Context ctx) {
    String origin = ctx.header("Origin");
    PublicUrl site = PublicUrl.of(ctx);
    int port = ctx.req().getLocalPort();
    if (origin != null) {
      if (!site.isSameSite(origin, port)) {
        throw new ApiException(FORBIDDEN, "Origin", site.origin(port),
            "requests from other sites may not start work here (Origin " + abbreviate(origin) + ", this site is "
                + site.origin(port) + ")");
      }
      return;
    }
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && fetchSite.trim().toLowerCase(Locale.ROOT).equals("cross-site")) {
      throw new ApiException(FORBIDDEN, "Origin", site.origin(port),
          "requests from other sites may not start work here (Sec-Fetch-Site: cross-site)");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
