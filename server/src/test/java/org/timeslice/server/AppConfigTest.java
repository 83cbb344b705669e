package org.timeslice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaultPortIs7070() {
    assertEquals(7070, AppConfig.fromArgs(new String[0], null).port());
  }

  @Test
  void portEnvironmentValueIsUsedWhenNoFlagIsGiven() {
    assertEquals(8080, AppConfig.fromArgs(new String[0], "8080").port());
  }

  @Test
  void portFlagWinsOverTheEnvironment() {
    assertEquals(9000, AppConfig.fromArgs(new String[] {"--port", "9000"}, "8080").port());
    assertEquals(9001, AppConfig.fromArgs(new String[] {"--port=9001"}, "8080").port());
  }

  @Test
  void badPortsAreRejectedWithTheirSource() {
    IllegalArgumentException flag =
        assertThrows(IllegalArgumentException.class, () -> AppConfig.fromArgs(new String[] {"--port", "x"}, null));
    assertTrue(flag.getMessage().contains("--port"), flag.getMessage());
    IllegalArgumentException env =
        assertThrows(IllegalArgumentException.class, () -> AppConfig.fromArgs(new String[0], "70000"));
    assertTrue(env.getMessage().contains("PORT"), env.getMessage());
  }

  @Test
  void unknownArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> AppConfig.fromArgs(new String[] {"--verbose"}, null));
  }
}
