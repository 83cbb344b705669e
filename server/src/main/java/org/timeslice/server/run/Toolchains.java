package org.timeslice.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which interpreters this host has for real runs: the child JVM (always; with virtual threads when its JDK
 * is 21 or newer) and CPython (when the configured {@code python3} exists and its probe answers). Python is
 * probed once, lazily, with {@code probe.py}; the JDK is read from its {@code release} file.
 */
final class Toolchains {
  private static final long PROBE_TIME_LIMIT_MILLIS = 10_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The Python runtime as probed; {@code reason} says why it is unavailable (null when available). */
  record Python(Path executable, String implementation, String version, boolean freeThreaded,
      boolean gilEnabled, String reason) {
    boolean available() {
      return reason == null;
    }
  }

  /** The JDK that runs {@code jvm} workloads; {@code featureVersion} is e.g. 17 or 25. */
  record Jvm(Path executable, String version, int featureVersion, String reason) {
    boolean available() {
      return reason == null;
    }

    boolean virtualThreads() {
      return available() && featureVersion >= 21;
    }
  }

  private final RunConfig config;
  private final Scripts scripts;
  private final Jvm jvm;
  private Python python;

  Toolchains(RunConfig config, Scripts scripts) {
    this.config = config;
    this.scripts = scripts;
    this.jvm = findJvm(config.jvmExecutable());
  }

  Jvm jvm() {
    return jvm;
  }

  /** The probed Python (probing it on the first call). */
  synchronized Python python() throws InterruptedException {
    if (python == null) {
      python = probePython();
    }
    return python;
  }

  /** The child environment: nothing of the server's, only a locale and its owner's mark ({@link RunOwner}). */
  static Map<String, String> childEnvironment() {
    return Map.of("LANG", "C.UTF-8", RunOwner.VARIABLE, OWNER);
  }

  private static final String OWNER = RunOwner.current();

  private Python probePython() throws InterruptedException {
    Path executable = resolveOnPath(config.pythonExecutable());
    if (executable == null) {
      return unavailable(null, config.pythonExecutable() + " was not found on this server's PATH");
    }
    try {
      ChildProcess.Outcome outcome = ChildProcess.run(
          List.of(executable.toString(), "-I", "-B", scripts.probe().toString()), scripts.dir(),
          childEnvironment(), Math.min(PROBE_TIME_LIMIT_MILLIS, config.timeLimitMillis()),
          config.maxOutputBytes());
      if (outcome.exitCode() != 0) {
        return unavailable(executable, executable + " failed its probe (exit " + outcome.exitCode() + ")");
      }
      JsonNode probe = MAPPER.readTree(outcome.stdout());
      if (probe == null || !probe.path("version").isTextual()) {
        return unavailable(executable, executable + " gave no version in its probe");
      }
      return new Python(executable, probe.path("implementation").asText("unknown"),
          probe.path("version").asText("unknown"), probe.path("freeThreaded").asBoolean(false),
          probe.path("gilEnabled").asBoolean(true), null);
    } catch (IOException | ChildProcess.Killed e) {
      return unavailable(executable, executable + " could not be probed: " + e.getMessage());
    }
  }

  private static Python unavailable(Path executable, String reason) {
    return new Python(executable, null, null, false, true, reason);
  }

  /** {@code name} itself if it contains a slash, else the first executable file of that name on PATH. */
  static Path resolveOnPath(String name) {
    if (name.contains("/")) {
      Path path = Path.of(name).toAbsolutePath();
      return Files.isRegularFile(path) && Files.isExecutable(path) ? path : null;
    }
    String searchPath = System.getenv("PATH");
    if (searchPath == null) {
      return null;
    }
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    return null;
  }

  private static Jvm findJvm(Path configured) {
    if (configured != null) {
      Path java = configured.toAbsolutePath();
      if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
        return new Jvm(java, null, 0, java + " is not an executable file");
      }
      String version = releaseVersion(java.getParent().getParent());
      if (version == null) {
        return new Jvm(java, null, 0, "no JDK release file next to " + java);
      }
      return new Jvm(java, version, feature(version), null);
    }
    Path running = Path.of(System.getProperty("java.home"), "bin", "java");
    Jvm current = new Jvm(running, Runtime.version().toString(), Runtime.version().feature(), null);
    if (current.virtualThreads()) {
      return current;
    }
    return newestJdkWithVirtualThreads(Path.of("/usr/lib/jvm")).orElse(current);
  }

  private static java.util.Optional<Jvm> newestJdkWithVirtualThreads(Path root) {
    if (!Files.isDirectory(root)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> homes = Files.list(root)) {
      return homes.sorted()
          .map(home -> {
            String version = releaseVersion(home);
            Path java = home.resolve("bin/java");
            return version == null || !Files.isExecutable(java) ? null : new Jvm(java, version, feature(version), null);
          })
          .filter(jvm -> jvm != null && jvm.virtualThreads())
          .max(java.util.Comparator.comparingInt(Jvm::featureVersion));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** {@code JAVA_VERSION} of a JDK home's {@code release} file, e.g. {@code 25.0.1}, or null. */
  static String releaseVersion(Path home) {
    if (home == null) {
      return null;
    }
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  static int feature(String version) {
    String head = version.startsWith("1.") ? version.substring(2) : version;
    int end = 0;
    while (end < head.length() && Character.isDigit(head.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(head.substring(0, end));
  }
}
