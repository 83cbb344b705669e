package org.timeslice.server.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fixed Python scripts ({@code server/src/main/resources/run/}), unpacked once into the scratch
 * directory where children run. Their absolute paths appear on every Python child's command line.
 */
record Scripts(Path dir, Path workload, Path probe) {
  static Scripts unpack(Path scratchDirOrNull) {
    try {
      Path dir;
      if (scratchDirOrNull != null) {
        dir = Files.createDirectories(scratchDirOrNull);
      } else {
        dir = Files.createTempDirectory("timeslice-run-");
        // Registered before the scripts: deleteOnExit runs in reverse order, so the files go first and
        // then the (now empty) directory, instead of leaving one empty directory per server start.
        dir.toFile().deleteOnExit();
      }
      dir = dir.toAbsolutePath();
      return new Scripts(dir, copy("workload.py", dir), copy("probe.py", dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the run scripts", e);
    }
  }

  private static Path copy(String name, Path dir) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = Scripts.class.getResourceAsStream("/run/" + name)) {
      if (in == null) {
        throw new IOException("missing resource run/" + name);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    target.toFile().deleteOnExit();
    return target;
  }
}
