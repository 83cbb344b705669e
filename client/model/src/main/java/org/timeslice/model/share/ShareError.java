package org.timeslice.model.share;

/**
 * Why a share link could not be read. Decoding never throws: it returns one of these, and the page shows
 * {@link #message()} above the default scenario.
 *
 * @param kind what went wrong, for code and tests
 * @param field where: {@code s} (the payload as a whole), {@code t} (the tick), a scenario path such as
 *     {@code tasks[1].program[0].cpu}, or an option key
 * @param message a sentence for a person, naming the problem specifically
 */
public record ShareError(Kind kind, String field, String message) {

  /** The kinds of unreadable link, from the outside in. */
  public enum Kind {
    /** The payload is longer than {@code Limits.MAX_SHARE_PAYLOAD_CHARS}; it was not read at all. */
    TOO_LONG,
    /** The payload does not start with a version this build knows ({@code 1.}). */
    UNKNOWN_VERSION,
    /** The payload has characters outside base64url, or an impossible length. */
    BAD_BASE64,
    /** The header byte has flags this version does not define. */
    BAD_HEADER,
    /** The data ends in the middle of a value (the link was cut off). */
    TRUNCATED,
    /** The compressed data is corrupt. */
    BAD_COMPRESSION,
    /** The data decompresses to more than {@code Limits.MAX_SHARE_BODY_BYTES}. */
    TOO_LARGE,
    /** A number is out of the range its field allows (or a count exceeds a limit). */
    OUT_OF_RANGE,
    /** A field tag this version does not define. */
    UNKNOWN_FIELD,
    /** The preset the link refers to does not exist. */
    UNKNOWN_PRESET,
    /** The decoded scenario breaks a rule of docs/scenario-format.md. */
    INVALID_SCENARIO,
    /** A widget option key or value is malformed. */
    BAD_OPTION,
    /** Anything else (a decoder bug: the property tests assert it never happens). */
    UNREADABLE
  }

  @Override
  public String toString() {
    return kind + " at " + field + ": " + message;
  }
}
