package org.timeslice.server.api;

/**
 * An HTTP-level refusal of an API request (wrong content type, body too large, bad query parameter),
 * answered with {@code status} and the JSON error {@code {"error", "field", "limit"}}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String field;
  private final String limit;

  public ApiException(int status, String field, String limit, String message) {
    super(message);
    this.status = status;
    this.field = field;
    this.limit = limit;
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String limit() {
    return limit;
  }
}
