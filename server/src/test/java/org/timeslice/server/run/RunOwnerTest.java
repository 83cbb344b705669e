package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A run's processes are marked with their server, and marked processes whose server is gone are swept. */
class RunOwnerTest {
  private static Process marked(String owner) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sleep", "600");
    builder.environment().put(RunOwner.VARIABLE, owner);
    return builder.start();
  }

  @Test
  void aProcessLeftByAServerThatIsGoneIsSweptAndOneOfALiveServerIsNot() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "needs /proc");
    Process orphan = marked("999999999:1"); // no such process: its server is gone
    Process ours = marked(RunOwner.current());
    try {
      List<Long> swept = RunOwner.sweep();
      assertTrue(swept.contains(orphan.pid()), "swept " + swept);
      assertTrue(orphan.waitFor(30, TimeUnit.SECONDS), "the orphan was killed");
      assertFalse(swept.contains(ours.pid()), "a live server's run is left alone");
      assertTrue(ours.isAlive());
    } finally {
      orphan.destroyForcibly();
      ours.destroyForcibly();
    }
  }

  @Test
  void aMarkNamesOneProcessNotAReusedId() {
    assertTrue(RunOwner.isAlive(RunOwner.current()));
    long self = ProcessHandle.current().pid();
    assertFalse(RunOwner.isAlive(self + ":1"), "same id, another start time");
    assertFalse(RunOwner.isAlive("not a mark"));
  }

  @Test
  void theProcessGroupIsReadFromProc() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "needs /proc");
    long self = ProcessHandle.current().pid();
    long group = RunOwner.processGroup(self);
    assertTrue(group > 0, "group " + group);
    assertEquals(-1, RunOwner.processGroup(Long.MAX_VALUE));
  }
}
