package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link OstepFormat#twoDecimals} against Python's "%.2f". */
class OstepFormatTest {

  // python3 -c 'for v in [0.125, 0.375, 1/40, 22/3, 2.675, 0.005, 0.0, 5.0, 1e-300, 1234567.125,
  //   0.995, 9.995]: print(repr(v), "%.2f" % v)'
  @Test
  void roundsTheExactBinaryValueHalfToEvenLikePython() {
    assertEquals("0.12", OstepFormat.twoDecimals(0.125));
    assertEquals("0.38", OstepFormat.twoDecimals(0.375));
    assertEquals("0.03", OstepFormat.twoDecimals(1.0 / 40));
    assertEquals("7.33", OstepFormat.twoDecimals(22.0 / 3));
    assertEquals("2.67", OstepFormat.twoDecimals(2.675));
    assertEquals("0.01", OstepFormat.twoDecimals(0.005));
    assertEquals("0.00", OstepFormat.twoDecimals(0.0));
    assertEquals("5.00", OstepFormat.twoDecimals(5.0));
    assertEquals("0.00", OstepFormat.twoDecimals(1e-300));
    assertEquals("1234567.12", OstepFormat.twoDecimals(1234567.125));
    assertEquals("0.99", OstepFormat.twoDecimals(0.995));
    assertEquals("9.99", OstepFormat.twoDecimals(9.995));
  }

  /* Averages are sums over at most 256 jobs; compare with BigDecimal's exact half-even rounding. */
  @Property(tries = 2000)
  void agreesWithExactDecimalRoundingForEveryAverage(
      @ForAll @IntRange(min = 0, max = 100_000_000) int sum, @ForAll @IntRange(min = 1, max = 256) int n) {
    double average = (double) sum / n;
    assertEquals(OstepFixtures.twoDecimals(average), OstepFormat.twoDecimals(average));
  }
}
