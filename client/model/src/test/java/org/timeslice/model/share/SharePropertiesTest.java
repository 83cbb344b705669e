package org.timeslice.model.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.ScenarioValidator;

/** decode(encode(x)) = x, and arbitrary or damaged links only ever give a value or a typed error. */
class SharePropertiesTest {

  @Provide
  Arbitrary<ShareState> states() {
    return ShareArbitraries.states();
  }

  @Property(tries = 600)
  void decodingAnEncodedStateGivesItBack(@ForAll("states") ShareState state) {
    ScenarioValidator.validate(state.scenario());
    String payload = ShareUrl.payload(state);
    DecodeResult r = ShareUrl.decode(payload, ShareUrl.tick(state));
    assertTrue(r.ok(), () -> "state " + state + " gave " + r.error());
    assertEquals(state, r.state());
  }

  @Property(tries = 300)
  void everyPayloadIsUrlSafeAndFitsTheLimitForSmallScenarios(@ForAll("states") ShareState state) {
    String payload = ShareUrl.payload(state);
    for (int i = 0; i < payload.length(); i++) {
      char c = payload.charAt(i);
      boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      assertTrue(safe, () -> "unsafe character in " + payload);
    }
    assertTrue(ShareUrl.fits(payload), () -> payload.length() + " chars");
  }

  @Property(tries = 1000)
  void damagedLinksGiveAValueOrATypedError(
      @ForAll("states") ShareState state, @ForAll @IntRange(min = 0, max = 5) int damage,
      @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll char replacement) {
    String payload = ShareUrl.payload(state);
    int at = where % (payload.length() + 1);
    String damaged = switch (damage) {
      case 0 -> payload.substring(0, at);
      case 1 -> payload.substring(0, at) + replacement + payload.substring(at);
      case 2 -> at < payload.length()
          ? payload.substring(0, at) + replacement + payload.substring(at + 1) : payload + replacement;
      case 3 -> at < payload.length() ? payload.substring(0, at) + payload.substring(at + 1) : "";
      case 4 -> flipBit(payload, at);
      default -> payload.substring(at) + payload.substring(0, at);
    };
    assertTypedOutcome(ShareUrl.decode(damaged, null));
  }

  @Property(tries = 1000)
  void randomBodiesAfterAValidVersionGiveAValueOrATypedError(@ForAll("bodies") byte[] body) {
    assertTypedOutcome(ShareUrl.decode("1." + Base64Url.encode(body), null));
  }

  @Property(tries = 500)
  void randomTextGivesAValueOrATypedError(@ForAll String payload, @ForAll String tick) {
    assertTypedOutcome(ShareUrl.decode(payload, tick));
    assertTypedOutcome(ShareUrl.decode("1." + payload, tick));
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    // Flag 1 sends the rest through the inflater; flag 0 through the field reader.
    return Arbitraries.oneOf(raw, raw.map(b -> prefixed((byte) 0, b)), raw.map(b -> prefixed((byte) 1, b)));
  }

  private static byte[] prefixed(byte first, byte[] rest) {
    byte[] out = new byte[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  private static String flipBit(String payload, int at) {
    if (payload.length() <= 2) {
      return payload;
    }
    int i = 2 + at % (payload.length() - 2);
    char c = payload.charAt(i);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int v = alphabet.indexOf(c);
    char flipped = v < 0 ? 'A' : alphabet.charAt(v ^ (1 << (at % 6)));
    return payload.substring(0, i) + flipped + payload.substring(i + 1);
  }

  static void assertTypedOutcome(DecodeResult r) {
    assertNotNull(r);
    if (r.ok()) {
      ScenarioValidator.validate(r.state().scenario());
      assertTrue(r.state().tick() >= 0 && r.state().tick() <= Limits.MAX_TICKS);
    } else if (!r.empty()) {
      assertNotEquals(ShareError.Kind.UNREADABLE, r.error().kind(), () -> "decoder bug: " + r.error());
      assertNotNull(r.error().field());
      assertTrue(r.error().message().length() > 10, r.error().message());
    }
  }
}
