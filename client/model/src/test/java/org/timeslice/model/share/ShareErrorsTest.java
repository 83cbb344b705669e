package org.timeslice.model.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.Limits;
import org.timeslice.model.share.ShareError.Kind;

/** Each way a link can be broken gives its own typed error with a specific message. */
class ShareErrorsTest {

  private static ShareError error(String payload, String tick) {
    DecodeResult r = ShareUrl.decode(payload, tick);
    assertFalse(r.ok(), () -> payload + " unexpectedly decoded to " + r.state());
    assertFalse(r.empty());
    return r.error();
  }

  private static String link(Consumer<ByteSink> fields) {
    ByteSink sink = new ByteSink();
    sink.u8(0);
    fields.accept(sink);
    return "1." + Base64Url.encode(sink.toByteArray());
  }

  /** A valid one-task scenario with extra fields appended. */
  private static String oneTask(Consumer<ByteSink> extra) {
    return link(s -> {
      s.string("");
      s.varint(FormatV1.TASK_COUNT);
      s.varint(1);
      s.varint(FormatV1.TASK_NAME);
      s.varint(0);
      s.string("A");
      s.varint(FormatV1.TASK_PROGRAM);
      s.varint(0);
      s.varint(1);
      s.varint(10);
      extra.accept(s);
    });
  }

  @Test
  void noPayloadMeansNoSharedState() {
    assertTrue(ShareUrl.decode(null, "5").empty());
  }

  @Test
  void theHandBuiltBaseLinkIsValid() {
    assertTrue(ShareUrl.decode(oneTask(s -> {}), null).ok());
  }

  @Test
  void versionProblemsAreNamed() {
    assertEquals(Kind.UNKNOWN_VERSION, error("", null).kind());
    ShareError future = error("7.AAAA", null);
    assertEquals(Kind.UNKNOWN_VERSION, future.kind());
    assertTrue(future.message().contains("version 7"), future.message());
    assertEquals(Kind.UNKNOWN_VERSION, error("hello", null).kind());
    assertEquals(Kind.UNKNOWN_VERSION, error("x.AAAA", null).kind());
  }

  @Test
  void badBase64IsNamedWithItsPosition() {
    ShareError e = error("1.AA!A", null);
    assertEquals(Kind.BAD_BASE64, e.kind());
    assertTrue(e.message().contains("character 5"), e.message());
    assertEquals(Kind.BAD_BASE64, error("1.AAAAA", null).kind());
    assertEquals(Kind.BAD_BASE64, error("1.AB", null).kind());
    assertEquals(Kind.BAD_BASE64, error("1.AA==", null).kind());
  }

  @Test
  void anEmptyOrCutOffBodyIsTruncated() {
    assertEquals(Kind.TRUNCATED, error("1.", null).kind());
    assertEquals(Kind.TRUNCATED, error("1.AAtmaWZvLWNvbnZv", null).kind());
    assertEquals(Kind.TRUNCATED, error(link(s -> {
      s.string("");
      s.varint(FormatV1.CORES);
    }), null).kind());
    assertEquals(Kind.TRUNCATED, error(link(s -> {
      s.string("");
      s.varint(FormatV1.TASK_COUNT);
      s.varint(1);
      s.varint(FormatV1.TASK_PROGRAM);
      s.varint(0);
      s.varint(5000);
    }), null).kind());
  }

  @Test
  void unknownHeaderFlagsAndFieldsAreRejected() {
    assertEquals(Kind.BAD_HEADER, error("1.Ag", null).kind());
    assertEquals(Kind.UNKNOWN_FIELD, error(oneTask(s -> s.varint(99)), null).kind());
    assertEquals(Kind.UNKNOWN_FIELD, error(oneTask(s -> s.varint(-1L)), null).kind());
  }

  @Test
  void anUnknownPresetIsNamed() {
    ShareError e = error(link(s -> s.string("no-such-preset")), null);
    assertEquals(Kind.UNKNOWN_PRESET, e.kind());
    assertTrue(e.message().contains("no-such-preset"), e.message());
  }

  @Test
  void outOfRangeNumbersNameTheirField() {
    ShareError policy = error(oneTask(s -> {
      s.varint(FormatV1.POLICY);
      s.varint(9);
    }), null);
    assertEquals(Kind.OUT_OF_RANGE, policy.kind());
    assertEquals("scheduler.policy", policy.field());
    ShareError cores = error(oneTask(s -> {
      s.varint(FormatV1.CORES);
      s.varint(1L << 40);
    }), null);
    assertEquals(Kind.OUT_OF_RANGE, cores.kind());
    assertEquals("machine.cores", cores.field());
    ShareError tasks = error(link(s -> {
      s.string("");
      s.varint(FormatV1.TASK_COUNT);
      s.varint(Limits.MAX_TASKS + 1);
    }), null);
    assertEquals(Kind.OUT_OF_RANGE, tasks.kind());
    ShareError noTask = error(link(s -> {
      s.string("");
      s.varint(FormatV1.TASK_ARRIVAL);
      s.varint(0);
      s.varint(3);
    }), null);
    assertEquals(Kind.OUT_OF_RANGE, noTask.kind());
  }

  @Test
  void aScenarioBreakingAModelRuleNamesTheRuleAndField() {
    ShareError e = error(oneTask(s -> {
      s.varint(FormatV1.CORES);
      s.varint(Limits.MAX_CORES + 1);
    }), null);
    assertEquals(Kind.INVALID_SCENARIO, e.kind());
    assertEquals("machine.cores", e.field());
    assertTrue(e.message().contains("1..64"), e.message());
    assertEquals("tasks", error(link(s -> s.string("")), null).field());
  }

  @Test
  void badTicksAreOutOfRange() {
    String ok = oneTask(s -> {});
    assertEquals(Kind.OUT_OF_RANGE, error(ok, "abc").kind());
    assertEquals("t", error(ok, "-3").field());
    assertEquals(Kind.OUT_OF_RANGE, error(ok, "99999999").kind());
    assertEquals(Kind.OUT_OF_RANGE, error(ok, String.valueOf(Limits.MAX_TICKS + 1)).kind());
    assertEquals(Limits.MAX_TICKS, ShareUrl.decode(ok, String.valueOf(Limits.MAX_TICKS)).state().tick());
  }

  @Test
  void malformedOptionsAreRejected() {
    assertEquals(Kind.BAD_OPTION, error(oneTask(s -> {
      s.varint(FormatV1.OPTION);
      s.string("Bad Key");
      s.string("x");
    }), null).kind());
    assertEquals(Kind.BAD_OPTION, error(oneTask(s -> {
      s.varint(FormatV1.OPTION);
      s.string("k");
      s.string("<script>");
    }), null).kind());
  }

  @Test
  void hundredKilobytesOfJunkAreRejectedUnread() {
    String junk = "1." + "A".repeat(100_000);
    ShareError e = error(junk, null);
    assertEquals(Kind.TOO_LONG, e.kind());
    assertTrue(e.message().contains("100002"), e.message());
  }

  @Test
  void aCompressionBombStopsAtTheBodyLimit() {
    byte[] zeros = new byte[4 * Limits.MAX_SHARE_BODY_BYTES];
    byte[] packed = Compression.deflate(zeros);
    byte[] body = new byte[packed.length + 1];
    body[0] = 1;
    System.arraycopy(packed, 0, body, 1, packed.length);
    String payload = "1." + Base64Url.encode(body);
    assertTrue(ShareUrl.fits(payload), payload.length() + " chars");
    assertEquals(Kind.TOO_LARGE, error(payload, null).kind());
  }

  @Test
  void corruptCompressedDataIsNamed() {
    byte[] garbage = new byte[17];
    java.util.Arrays.fill(garbage, (byte) 0xff);
    garbage[0] = 1;
    ShareError e = error("1." + Base64Url.encode(garbage), null);
    assertTrue(e.kind() == Kind.BAD_COMPRESSION || e.kind() == Kind.TRUNCATED, e.toString());
    byte[] packed = Compression.deflate("a scenario body that is long enough".getBytes());
    byte[] cut = new byte[packed.length / 2 + 1];
    cut[0] = 1;
    System.arraycopy(packed, 0, cut, 1, cut.length - 1);
    assertEquals(Kind.TRUNCATED, error("1." + Base64Url.encode(cut), null).kind());
  }

  @Test
  void base64RoundTripsEveryLengthAndRejectsNonCanonicalEndings() throws Exception {
    for (int n = 0; n < 10; n++) {
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) (i * 37 - 5);
      }
      String text = Base64Url.encode(bytes);
      assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), text);
      assertTrue(java.util.Arrays.equals(bytes, Base64Url.decode(text, 0)));
    }
  }
}
