package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which interpreter real runs start. */
class ToolchainsTest {
  @TempDir Path scratch;

  @Test
  void runsStartTheInterpreterBehindALauncherScript() throws Exception {
    Path python = Toolchains.resolveOnPath("python3");
    Assumptions.assumeTrue(python != null, "python3 is not on the PATH");
    // A launcher like pyenv's shim: a shell script that execs the interpreter (here python3 may itself be one).
    Path shim = scratch.resolve("python-shim");
    Files.writeString(shim, "#!/bin/sh\nexec " + python + " \"$@\"\n");
    Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
    RunConfig config = RunConfig.defaults().withPythonExecutable(shim.toString());
    Toolchains.Python probed = new Toolchains(config, Scripts.unpack(scratch.resolve("runs"))).python();
    assertNull(probed.reason());
    assertNotEquals(shim, probed.executable(), "the shim itself would be started for every run");
    byte[] head = Files.readAllBytes(probed.executable());
    assertEquals("\u007fELF", new String(head, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1),
        probed.executable() + " is the interpreter's binary, not another launcher script");
  }

  @Test
  void aProbedPathIsUsedOnlyWhenItIsAnExecutableFile() throws Exception {
    Path configured = Path.of("/usr/bin/python3");
    assertEquals(configured, Toolchains.interpreter("", configured), "no answer: the configured one");
    assertEquals(configured, Toolchains.interpreter("python3", configured), "not absolute");
    assertEquals(configured, Toolchains.interpreter(scratch.resolve("missing").toString(), configured));
    Path notExecutable = Files.writeString(scratch.resolve("plain"), "");
    assertEquals(configured, Toolchains.interpreter(notExecutable.toString(), configured));
    Path executable = Files.writeString(scratch.resolve("python9"), "");
    Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(executable, Toolchains.interpreter(executable.toString(), configured));
    assertTrue(Files.isExecutable(executable));
  }
}
