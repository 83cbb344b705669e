package org.timeslice.model.share;

/**
 * The outcome of reading a share link: exactly one of {@link #state()} and {@link #error()} is non-null,
 * unless the link carried no state at all ({@link #empty()}), in which case both are null.
 */
public record DecodeResult(ShareState state, ShareError error) {

  static DecodeResult ok(ShareState state) {
    return new DecodeResult(state, null);
  }

  static DecodeResult failed(ShareError error) {
    return new DecodeResult(null, error);
  }

  static DecodeResult none() {
    return new DecodeResult(null, null);
  }

  public boolean ok() {
    return state != null;
  }

  /** The link carried no shared state (no {@code s} parameter): show the widget's default. */
  public boolean empty() {
    return state == null && error == null;
  }
}
