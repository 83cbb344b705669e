package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsTest {
  /** A JVM that unpacks the scripts into a temporary directory, prints where, and exits normally. */
  public static final class UnpackAndExit {
    public static void main(String[] args) {
      System.out.println(Scripts.unpack(null).dir());
    }
  }

  @Test
  void theTemporaryDirectoryIsGoneWhenTheServerExits() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), UnpackAndExit.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes()).trim();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue(), out);
    Path dir = Path.of(out);
    assertTrue(dir.getFileName().toString().startsWith("timeslice-run-"), out);
    assertFalse(Files.exists(dir), "left behind: " + dir);
  }

  @Test
  void aConfiguredScratchDirectoryGetsTheScripts(@TempDir Path scratch) {
    Scripts scripts = Scripts.unpack(scratch.resolve("runs"));
    assertEquals(scratch.resolve("runs").toAbsolutePath(), scripts.dir());
    assertTrue(Files.isRegularFile(scripts.workload()));
    assertTrue(Files.isRegularFile(scripts.probe()));
  }
}
