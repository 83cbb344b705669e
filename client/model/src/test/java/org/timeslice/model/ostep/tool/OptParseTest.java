package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** optparse's behaviour, as CPython 3.11's {@code Lib/optparse.py} shows it. */
class OptParseTest {
  private static OptParse parser() {
    return new OptParse("cpu-sched/scheduler.py")
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-S", "--switch", OptParse.Type.STRING, "switch", "x")
        .add("-f", "--fraction", OptParse.Type.FLOAT, "fraction", 0.5)
        .add("-c", null, OptParse.Type.FLAG, "solve", false);
  }

  private static String error(String... args) {
    ToolExit e = assertThrows(ToolExit.class, () -> parser().parse(List.of(args)));
    assertEquals(2, e.status());
    return e.stderr();
  }

  @Test
  void valuesComeInEverySpelling() {
    OptParse.Values v = parser().parse(List.of("-cs5", "--swi=on", "-f", "-2", "--fraction", "1e1"));
    assertEquals(BigInteger.valueOf(5), v.integer("seed"));
    assertEquals("on", v.string("switch"));
    assertEquals(10.0, v.number("fraction"));
    assertEquals(true, v.flag("solve"));
    assertEquals("10.0", v.shown("fraction"));
  }

  @Test
  void intsFollowParseNum() {
    assertEquals(BigInteger.valueOf(8), parser().parse(List.of("-s", "010")).integer("seed"));
    assertEquals(BigInteger.valueOf(31), parser().parse(List.of("-s", "0x1F")).integer("seed"));
    assertEquals(BigInteger.valueOf(3), parser().parse(List.of("-s", "0b11")).integer("seed"));
    assertEquals(BigInteger.valueOf(-10), parser().parse(List.of("-s", "-010")).integer("seed"));
  }

  @Test
  void doubleDashEndsTheOptionsAndOtherWordsAreIgnored() {
    OptParse.Values v = parser().parse(List.of("word", "-s", "3", "--", "-s", "4"));
    assertEquals(BigInteger.valueOf(3), v.integer("seed"));
  }

  @Test
  void errorsPrintUsageAndTheMessage() {
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: option -s: invalid integer value:"
        + " '08'\n", error("-s", "08"));
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: no such option: -x\n", error("-x"));
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: -s option requires 1 argument\n",
        error("-s"));
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: ambiguous option: --s (--seed,"
        + " --switch?)\n", error("--s", "1"));
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: --help option does not take a"
        + " value\n", error("--help=1"));
    assertEquals("Usage: scheduler.py [options]\n\nscheduler.py: error: option -f: invalid floating-point"
        + " value: 'x'\n", error("-f", "x"));
  }

  @Test
  void helpPrintsTheToolsHelpAndExitsZero() {
    ToolExit e = assertThrows(ToolExit.class, () -> parser().parse(List.of("-c", "-h", "-s", "bad")));
    assertEquals(0, e.status());
    assertEquals(OstepHelp.text("cpu-sched/scheduler.py"), e.stdout());
  }
}
