package org.timeslice.model.share;

import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.ScenarioValidator;

/**
 * Turns a {@link ShareState} into the two query parameters of a share link and back:
 * {@code ?s=1.<base64url>&t=<tick>}. The format, its versions and its guarantees are described in
 * docs/url-format.md.
 *
 * <p>Contracts: {@code decode(payload(x), tick(x))} equals {@code x} for every valid state whose preset id
 * is a catalogue preset (or null); decoding never throws, takes time linear in the input (which is
 * capped at {@link Limits#MAX_SHARE_PAYLOAD_CHARS}), and returns either a valid state or a typed
 * {@link ShareError}. Every version ever released keeps decoding.
 */
public final class ShareUrl {
  /** Query parameter holding the encoded scenario, options and preset. */
  public static final String PAYLOAD_PARAM = "s";
  /** Query parameter holding the tick (decimal), omitted when 0. */
  public static final String TICK_PARAM = "t";
  /** The version new links are written in. */
  public static final int CURRENT_VERSION = FormatV1.VERSION;
  /** Bodies at least this long are offered to the compressor (shorter ones never shrink). */
  static final int COMPRESS_FROM_BYTES = 40;
  static final int FLAG_DEFLATE = 1;

  private ShareUrl() {}

  /**
   * The {@code s} value of {@code state}: {@code "1."} and the base64url body. A preset id that is not in
   * the model's catalogue is dropped (the link then carries the whole scenario).
   *
   * @throws IllegalArgumentException if an option is malformed (options are chosen by code, not people)
   */
  public static String payload(ShareState state) {
    ShareState s = state;
    if (s.presetId() != null && FormatV1.preset(s.presetId()) == null) {
      s = new ShareState(s.scenario(), null, s.options(), s.tick());
    }
    for (var option : s.options().entrySet()) {
      if (!ShareOptions.validKey(option.getKey()) || !ShareOptions.validValue(option.getValue())) {
        throw new IllegalArgumentException("malformed widget option " + option.getKey());
      }
    }
    byte[] fields = FormatV1.write(s);
    byte[] body = frame(0, fields);
    if (fields.length >= COMPRESS_FROM_BYTES) {
      byte[] packed = frame(FLAG_DEFLATE, Compression.deflate(fields));
      if (packed.length < body.length) {
        body = packed;
      }
    }
    return CURRENT_VERSION + "." + Base64Url.encode(body);
  }

  /** The {@code t} value of {@code state}, or null when the tick is 0 (the parameter is left out). */
  public static String tick(ShareState state) {
    return state.tick() == 0 ? null : Integer.toString(state.tick());
  }

  /** The query string without {@code ?}: {@code s=…} or {@code s=…&t=…}. */
  public static String query(ShareState state) {
    String t = tick(state);
    return PAYLOAD_PARAM + "=" + payload(state) + (t == null ? "" : "&" + TICK_PARAM + "=" + t);
  }

  /** Whether a payload is short enough to be read back ({@link Limits#MAX_SHARE_PAYLOAD_CHARS}). */
  public static boolean fits(String payload) {
    return payload.length() <= Limits.MAX_SHARE_PAYLOAD_CHARS;
  }

  /**
   * Reads the {@code s} and {@code t} parameters (already URL-decoded, either may be null). No {@code s}
   * at all is {@link DecodeResult#empty()}; anything else is a valid state or a typed error.
   */
  public static DecodeResult decode(String payload, String tick) {
    if (payload == null) {
      return DecodeResult.none();
    }
    try {
      ShareState state = readPayload(payload);
      return DecodeResult.ok(state.atTick(readTick(tick)));
    } catch (ShareFormatException e) {
      return DecodeResult.failed(e.error());
    } catch (InvalidScenarioException e) {
      return DecodeResult.failed(new ShareError(ShareError.Kind.INVALID_SCENARIO, e.field(),
          "The link's scenario breaks a rule: " + e.getMessage()));
    } catch (RuntimeException e) {
      // A decoder bug; tests assert this never happens, people still get a page.
      return DecodeResult.failed(new ShareError(ShareError.Kind.UNREADABLE, "s",
          "The link could not be read."));
    }
  }

  private static ShareState readPayload(String payload) throws ShareFormatException {
    if (payload.length() > Limits.MAX_SHARE_PAYLOAD_CHARS) {
      throw new ShareFormatException(ShareError.Kind.TOO_LONG, "s", "The link's scenario data is "
          + payload.length() + " characters long, more than the " + Limits.MAX_SHARE_PAYLOAD_CHARS
          + " a link may carry.");
    }
    int dot = payload.indexOf('.');
    String version = dot < 0 ? "" : payload.substring(0, dot);
    if (!String.valueOf(FormatV1.VERSION).equals(version)) {
      throw new ShareFormatException(ShareError.Kind.UNKNOWN_VERSION, "s", isDigits(version, 6)
          ? "The link uses format version " + version + ", which this site cannot read."
          : "The link's scenario data does not start with a format version such as \"1.\".");
    }
    byte[] body = Base64Url.decode(payload, dot + 1);
    if (body.length == 0) {
      throw ByteSource.truncated("the header");
    }
    int flags = body[0] & 0xff;
    if ((flags & ~FLAG_DEFLATE) != 0) {
      throw new ShareFormatException(ShareError.Kind.BAD_HEADER, "s",
          "The link's header has flags this format does not define.");
    }
    byte[] fields;
    if ((flags & FLAG_DEFLATE) != 0) {
      fields = Compression.inflate(body, 1);
    } else {
      fields = new byte[body.length - 1];
      System.arraycopy(body, 1, fields, 0, fields.length);
    }
    ShareState state = FormatV1.read(fields);
    ScenarioValidator.validate(state.scenario());
    return state;
  }

  private static int readTick(String tick) throws ShareFormatException {
    if (tick == null || tick.isEmpty()) {
      return 0;
    }
    if (!isDigits(tick, 7) || Integer.parseInt(tick) > Limits.MAX_TICKS) {
      throw new ShareFormatException(ShareError.Kind.OUT_OF_RANGE, "t",
          "The link's tick must be a whole number from 0 to " + Limits.MAX_TICKS + ".");
    }
    return Integer.parseInt(tick);
  }

  private static boolean isDigits(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static byte[] frame(int flags, byte[] rest) {
    byte[] body = new byte[rest.length + 1];
    body[0] = (byte) flags;
    System.arraycopy(rest, 0, body, 1, rest.length);
    return body;
  }
}
