package org.timeslice.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameTest {
  // Expected hashes computed with Python: base64(hashlib.sha256(value.encode()).digest()).
  private static final String EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
  private static final String MIN_WIDTH = "'sha256-S819462kdKinYLzNpzfVxXGsys4Vx+aNBcnNs0tsg7o='";
  private static final String QUOTE_AMP = "'sha256-EgzJtZXIi3sLqAeC+XUR8aJw6J1+n+QV2i9mJ9Qt+lw='";

  @Test
  void hashSourcesAreBase64Sha256OfTheUtf8Text() {
    assertEquals(EMPTY, ContentSecurityPolicy.hash(""));
    // Chromium names this hash when it refuses the attribute style="min-width: 12ch;".
    assertEquals(MIN_WIDTH, ContentSecurityPolicy.hash("min-width: 12ch;"));
  }

  @Test
  void eachDistinctStyleAttributeIsHashedOnceAsTheBrowserReadsIt() {
    FirstFrame frame = FirstFrame.of("<div style=\"min-width: 12ch;\"><span style=\"min-width: 12ch;\">x</span>"
        + "<b style=\"a&quot;b&amp;c\"></b><i data-style=\"not this\"></i><p style=\"\"></p></div>");
    assertEquals(List.of(EMPTY, MIN_WIDTH, QUOTE_AMP).stream().sorted().toList(), frame.styleHashes());
  }

  @Test
  void aFrameWithoutStylesNeedsNoHashes() {
    assertEquals(List.of(), FirstFrame.of("<svg><rect class=\"x\"></rect></svg>").styleHashes());
  }

  @Test
  void attributeEscapesAreUndoneOnce() {
    assertEquals("a\"b&c<>\u00a0&amp;", FirstFrame.unescapeAttribute("a&quot;b&amp;c&lt;&gt;&nbsp;&amp;amp;"));
  }

  @Test
  void everyWidgetHasARecordedFrameAndAnUnknownOneHasNone() {
    ClassLoader loader = FirstFrameTest.class.getClassLoader();
    for (Widget w : Widgets.ALL) {
      FirstFrame frame = FirstFrame.load(loader, w.id());
      assertNotNull(frame, w.id());
      assertTrue(frame.html().contains("time-controls"), w.id() + ": the frame holds the widget's controls");
      assertTrue(!frame.html().contains("<script"), w.id() + ": a frame carries no script");
    }
    assertNull(FirstFrame.load(loader, "no-such-widget"));
  }

  @Test
  void thePolicyAllowsInlineStylesOnlyByHash() {
    String none = ContentSecurityPolicy.of(false, List.of());
    assertTrue(none.contains("style-src 'self';"), none);
    String some = ContentSecurityPolicy.of(true, List.of(MIN_WIDTH));
    assertTrue(some.contains("style-src 'self' 'unsafe-hashes' " + MIN_WIDTH + ";"), some);
    assertTrue(some.endsWith("frame-ancestors *"), some);
    assertTrue(!some.contains("unsafe-inline"), some);
  }
}
