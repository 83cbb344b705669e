package org.timeslice.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's own page for an error the HTTP layer answers before any handler runs (a malformed request line,
 * an address or headers too long): the same layout as every page, in plain words. Rendered once per status.
 */
public final class ErrorPages {
  private final Map<Integer, String> pages = new LinkedHashMap<>();
  private final Pages renderer;

  public ErrorPages(Pages renderer) {
    this.renderer = renderer;
    for (int status : new int[] {400, 413, 414, 431, 500, 503}) {
      pages.put(status, renderer.errorPage(heading(status), message(status), null));
    }
  }

  /** The page of {@code status}. */
  public String page(int status) {
    String page = pages.get(status);
    return page != null ? page : renderer.errorPage(heading(status), message(status), null);
  }

  /** The one-line explanation of {@code status}, also used in JSON errors. */
  public static String message(int status) {
    switch (status) {
      case 400:
        return "The request could not be read: its first line or its Host header is malformed.";
      case 413:
        return "The request's body is larger than this server accepts.";
      case 414:
        return "The address is longer than this server accepts (8 KB). A shared link is at most about 6,000"
            + " characters: copy it again from the widget's Copy link button.";
      case 431:
        return "The request's headers are larger than this server accepts (8 KB), usually because of too many or"
            + " too large cookies for this address.";
      case 500:
        return "Something went wrong on our side.";
      case 503:
        return "The server is shutting down or too busy; try again in a moment.";
      default:
        return "The request could not be answered (HTTP " + status + ").";
    }
  }

  static String heading(int status) {
    switch (status) {
      case 400:
        return "Bad request";
      case 413:
        return "Request too large";
      case 414:
        return "Address too long";
      case 431:
        return "Request headers too large";
      case 500:
        return "Something went wrong";
      case 503:
        return "Try again in a moment";
      default:
        return "Error " + status;
    }
  }
}
