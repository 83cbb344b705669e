package org.timeslice.model.share;

/** Internal: thrown while reading a payload, turned into a {@link ShareError} at the API boundary. */
final class ShareFormatException extends Exception {
  private final ShareError error;

  ShareFormatException(ShareError.Kind kind, String field, String message) {
    super(message);
    this.error = new ShareError(kind, field, message);
  }

  ShareError error() {
    return error;
  }
}
