package org.timeslice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timeslice.server.run.RunConfig;

class ServerOptionsTest {
  private static ServerOptions parse(Map<String, String> env, String... args) {
    return ServerOptions.parse(args, env);
  }

  @Test
  void withNothingGivenEverythingIsTheDefault() {
    ServerOptions options = parse(Map.of());
    assertEquals(AppConfig.defaults(), options.app());
    assertEquals(RunConfig.defaults(), options.run());
    assertEquals(7070, options.app().port());
    assertFalse(options.app().publicUrl().isConfigured());
    assertTrue(options.app().realRuns());
  }

  @Test
  void portEnvironmentValueIsUsedWhenNoFlagIsGiven() {
    assertEquals(8080, parse(Map.of("PORT", "8080")).app().port());
  }

  @Test
  void aFlagWinsOverTheEnvironmentInBothSpellings() {
    assertEquals(9000, parse(Map.of("PORT", "8080"), "--port", "9000").app().port());
    assertEquals(9001, parse(Map.of("PORT", "8080"), "--port=9001").app().port());
  }

  @Test
  void everyOptionReachesItsSetting() {
    ServerOptions o = parse(Map.of("PUBLIC_URL", "https://timeslice.example.org/", "REAL_RUNS", "off",
        "MAX_QUEUED_RUNS", "5"), "--max-concurrent-runs", "2", "--run-time-limit-seconds=30",
        "--max-concurrent-simulations", "3", "--max-queued-simulations", "4", "--max-trace-events", "500000",
        "--shutdown-grace-seconds", "7", "--python", "/usr/bin/python3.11");
    assertEquals("https://timeslice.example.org", o.app().publicUrl().origin(1234));
    assertFalse(o.app().realRuns());
    assertEquals(2, o.run().maxConcurrentRuns());
    assertEquals(5, o.run().maxQueuedRuns());
    assertEquals(30_000, o.run().timeLimitMillis());
    assertEquals(3, o.app().maxConcurrentSimulations());
    assertEquals(4, o.app().maxQueuedSimulations());
    assertEquals(500_000, o.app().budget().maxTraceEvents());
    assertEquals(100_000, o.app().budget().maxEventsPerResponse());
    assertEquals(7_000, o.app().shutdownGraceMillis());
    assertEquals("/usr/bin/python3.11", o.run().pythonExecutable());
  }

  @Test
  void badValuesAreRejectedNamingTheirSource() {
    IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--port", "x"));
    assertTrue(flag.getMessage().contains("--port"), flag.getMessage());
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class, () -> parse(Map.of("PORT", "70000")));
    assertTrue(env.getMessage().contains("PORT") && env.getMessage().contains("0..65535"), env.getMessage());
    IllegalArgumentException onOff =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("REAL_RUNS", "maybe")));
    assertTrue(onOff.getMessage().contains("REAL_RUNS must be on or off"), onOff.getMessage());
  }

  @Test
  void aPublicUrlIsAnOriginWithoutPathQueryOrCredentials() {
    assertEquals("http://localhost:8080", PublicUrl.parse("http://LOCALHOST:8080").origin(1));
    assertEquals("https://a.example", PublicUrl.parse("https://a.example:443").origin(1));
    for (String bad : new String[] {"ftp://a.example", "a.example", "https://a.example/timeslice",
        "https://a.example/?x=1", "https://user@a.example", "https://a.example/#top"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> parse(Map.of(), "--public-url", bad), bad);
      assertTrue(e.getMessage().startsWith("--public-url"), e.getMessage());
    }
  }

  @Test
  void unknownArgumentsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--verbose"));
    assertTrue(e.getMessage().contains("--help"), e.getMessage());
  }

  @Test
  void theUsageListsEveryFlagWithItsVariable() {
    String usage = ServerOptions.usage();
    for (String part : new String[] {"--port", "PORT", "--public-url", "PUBLIC_URL", "--real-runs", "REAL_RUNS",
        "--max-trace-events", "--shutdown-grace-seconds"}) {
      assertTrue(usage.contains(part), part + " in " + usage);
    }
  }
}
