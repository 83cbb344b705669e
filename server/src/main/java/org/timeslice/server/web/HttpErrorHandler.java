package org.timeslice.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.timeslice.server.api.ApiErrors;

/**
 * The answers of the HTTP layer itself (Jetty), for requests no handler of ours sees: a malformed request
 * line or {@code Host} (400), a body, address or headers too large (413, 414, 431). They carry the same
 * security headers as every other answer ({@link SecurityHeaders}); an API path gets the API's JSON error
 * shape and anything else the site's own error page ({@link ErrorPages}); when even the path could not be read
 * (an address too long) the page is sent. Each such refusal is counted, not logged ({@link RefusalLog}).
 */
public final class HttpErrorHandler extends ErrorHandler {
  private final ErrorPages pages;
  private final RefusalLog refusals;

  public HttpErrorHandler(ErrorPages pages, RefusalLog refusals) {
    this.pages = pages;
    this.refusals = refusals;
  }

  /** A request Jetty could not parse: called on the connection's thread, so its request line is at hand. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    refusals.count(status);
    String path = currentPath();
    for (Map.Entry<String, String> header : SecurityHeaders.forPath(path).entrySet()) {
      fields.put(header.getKey(), header.getValue());
    }
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    boolean api = path != null && (path.startsWith("/api/") || path.equals("/oembed"));
    fields.put(HttpHeader.CONTENT_TYPE, api ? "application/json" : "text/html; charset=utf-8");
    String body = api ? ApiErrors.errorBody(ErrorPages.message(status), null, null).toString() : pages.page(status);
    return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
  }

  /** An error Jetty answers after parsing (e.g. a failed dispatch): the same answers. */
  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    String path = request.getRequestURI();
    for (Map.Entry<String, String> header : SecurityHeaders.forPath(path).entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    boolean api = path != null && (path.startsWith("/api/") || path.equals("/oembed"));
    response.setContentType(api ? "application/json" : "text/html; charset=utf-8");
    String body = api ? ApiErrors.errorBody(ErrorPages.message(code), null, null).toString() : pages.page(code);
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    baseRequest.setHandled(true);
  }

  private static String currentPath() {
    try {
      HttpConnection connection = HttpConnection.getCurrentConnection();
      HttpURI uri = connection == null ? null : connection.getHttpChannel().getRequest().getHttpURI();
      return uri == null ? null : uri.getPath();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
