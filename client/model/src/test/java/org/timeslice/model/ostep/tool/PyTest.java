package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expected values are what CPython 3.11 prints for the same expressions. */
class PyTest {

  @Test
  void floatReprIsTheShortestRoundTrip() {
    assertEquals("0.7", Py.repr(0.7));
    assertEquals("0.30000000000000004", Py.repr(0.1 + 0.2));
    assertEquals("5.0", Py.repr(5.0));
    assertEquals("2.5", Py.repr(2.5));
    assertEquals("-0.0", Py.repr(-0.0));
    assertEquals("0.0001", Py.repr(1e-4));
    assertEquals("1e-05", Py.repr(1e-5));
    assertEquals("1000000000000000.0", Py.repr(1e15));
    assertEquals("1e+16", Py.repr(1e16));
    assertEquals("1.2345678901234568e+17", Py.repr(123456789012345678.0));
    assertEquals("1.7976931348623157e+308", Py.repr(Double.MAX_VALUE));
    assertEquals("5e-324", Py.repr(Double.MIN_VALUE));
    assertEquals("9007199254740994.0", Py.repr(9007199254740994.0));
    assertEquals("inf", Py.repr(Double.POSITIVE_INFINITY));
    assertEquals("nan", Py.repr(Double.NaN));
    assertEquals("1.1", Py.repr(1.1));
    // Next to a power of two the round-trip interval is lopsided: half-even rounding to 16 digits falls
    // outside it, the other 16-digit neighbour is inside (CPython prints the shorter one).
    assertEquals("7.120236347223045e-307", Py.repr(7.120236347223045e-307));
    assertEquals("8.209073602596753e-289", Py.repr(8.209073602596753e-289));
    assertEquals("123.456", Py.repr(123.456));
  }

  @Test
  void percentFRoundsTheExactBinaryValueHalfToEven() {
    assertEquals("0.12", Py.fixed(0.125, 2));
    assertEquals("0.38", Py.fixed(0.375, 2));
    assertEquals("2.67", Py.fixed(2.675, 2));
    assertEquals("0.03", Py.fixed(0.025, 2));
    assertEquals("-0.00", Py.fixed(-0.001, 2));
    assertEquals("100.00", Py.fixed(99.999, 2));
    assertEquals("inf", Py.fixed(Double.POSITIVE_INFINITY, 2));
  }

  @Test
  void percentDTruncatesFloatsTowardZero() {
    assertEquals("2", Py.d(2.9));
    assertEquals("-2", Py.d(-2.9));
    assertEquals("100000000000000000000", Py.d(1e20));
    assertThrows(Py.Raised.class, () -> Py.d(Double.POSITIVE_INFINITY));
  }

  @Test
  void strReprQuotesAndEscapesAsCPython() {
    assertEquals("'a'", Py.repr("a"));
    assertEquals("\"it's\"", Py.repr("it's"));
    assertEquals("'say \"it\\'s\"'", Py.repr("say \"it's\""));
    assertEquals("'a\\\\b\\n\\t\\x01\\x7f'", Py.repr("a\\b\n\t\u0001\u007f"));
    assertEquals("'é\\xa0\\u2028'", Py.repr("é\u00a0\u2028"));
  }

  @Test
  void intParsesLikePython() {
    assertEquals(BigInteger.valueOf(12), Py.parseInt(" +1_2 "));
    assertEquals(BigInteger.valueOf(-7), Py.parseInt("-7"));
    assertEquals(BigInteger.valueOf(31), Py.parseInt("0x_1f", 16));
    assertEquals(BigInteger.valueOf(8), Py.parseInt("010", 8));
    assertEquals(BigInteger.valueOf(15), Py.parseInt("0o17", 8));
    assertEquals(BigInteger.valueOf(5), Py.parseInt("0b101", 2));
    assertEquals(BigInteger.valueOf(3), Py.parseInt("\u0663"));
    for (String bad : new String[] {"", " ", "1__2", "_1", "1_", "1.0", "0x10", "--1", "1e3"}) {
      Py.Raised e = assertThrows(Py.Raised.class, () -> Py.parseInt(bad), bad);
      assertEquals("invalid literal for int() with base 10: " + Py.repr(bad), e.getMessage());
    }
    assertThrows(Py.Raised.class, () -> Py.parseInt("08", 8));
  }

  @Test
  void floatParsesLikePython() {
    assertEquals(0.5, Py.parseFloat(".5"));
    assertEquals(1.0, Py.parseFloat("1."));
    assertEquals(100.0, Py.parseFloat(" 1e2 "));
    assertEquals(10.5, Py.parseFloat("1_0.5"));
    assertEquals(Double.NEGATIVE_INFINITY, Py.parseFloat("-Infinity"));
    assertEquals(Double.POSITIVE_INFINITY, Py.parseFloat("1e999"));
    assertEquals(true, Double.isNaN(Py.parseFloat("nan")));
    for (String bad : new String[] {"", ".", "1e", "1f", "0x10", "1_", "_1", "1..2", "in f", "e5"}) {
      Py.Raised e = assertThrows(Py.Raised.class, () -> Py.parseFloat(bad), bad);
      assertEquals("could not convert string to float: " + Py.repr(bad), e.getMessage());
    }
  }
}
