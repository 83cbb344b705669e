package org.timeslice.server.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server a run's processes belong to, so that none outlives it (docs/api-run.md, "No orphans"). Every
 * child gets {@value #VARIABLE}{@code =PID:START} in its environment (the server's process id and start time,
 * which together name one process even after its id is reused), and its workers inherit it:
 *
 * <ul>
 *   <li>while the server lives, a run's tree is killed when it ends ({@link ChildProcess#killTree}), its
 *       process group included ({@link #groupMembers});
 *   <li>when the server dies, even by SIGKILL, the run's root dies with it: {@code workload.py} asks the
 *       kernel for {@code PR_SET_PDEATHSIG} and {@code JvmWorkload} watches its parent; their workers do the
 *       same with their own parent;
 *   <li>whatever survived anyway (a kernel without the signal, a fork racing with the kill) is swept when a
 *       server starts: every process whose owner is not a live process any more is killed ({@link #sweep}).
 * </ul>
 *
 * <p>Linux: process groups and environments are read from {@code /proc}; elsewhere the sweep finds nothing.
 */
final class RunOwner {
  static final String VARIABLE = "TIMESLICE_RUN_OWNER";
  private static final Logger LOG = LoggerFactory.getLogger(RunOwner.class);
  private static final Path PROC = Path.of("/proc");

  private RunOwner() {}

  /** This server's mark, {@code PID:START_MILLIS}. */
  static String current() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + ":" + startMillis(self);
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /** Whether {@code mark} names a process that is alive now (the same process, not a reused id). */
  static boolean isAlive(String mark) {
    int colon = mark.indexOf(':');
    if (colon < 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(mark.substring(0, colon));
      long start = Long.parseLong(mark.substring(colon + 1));
      Optional<ProcessHandle> owner = ProcessHandle.of(pid);
      return owner.isPresent() && owner.get().isAlive() && startMillis(owner.get()) == start;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Kills every process marked by an owner that is gone, with its descendants; returns their ids. Called
   * once when a server starts.
   */
  static List<Long> sweep() {
    List<Long> killed = new ArrayList<>();
    for (long pid : processIds()) {
      String mark = environmentValue(pid, VARIABLE);
      if (mark == null || isAlive(mark)) {
        continue;
      }
      ProcessHandle.of(pid).ifPresent(process -> {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.destroyForcibly()) {
          killed.add(process.pid());
        }
      });
    }
    if (!killed.isEmpty()) {
      LOG.warn("killed {} run process(es) left behind by a server that is gone: {}", killed.size(), killed);
    }
    return killed;
  }

  /** The processes whose process group is {@code pgid}. */
  static List<ProcessHandle> groupMembers(long pgid) {
    List<ProcessHandle> members = new ArrayList<>();
    for (long pid : processIds()) {
      if (pid != pgid && processGroup(pid) == pgid) {
        ProcessHandle.of(pid).ifPresent(members::add);
      }
    }
    return members;
  }

  /** The process group of {@code pid} from {@code /proc/PID/stat}, or -1. */
  static long processGroup(long pid) {
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8);
      // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so read after the last ')'.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[2]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The value of {@code name} in the environment of {@code pid}, or null (gone, or not ours to read). */
  static String environmentValue(long pid, String name) {
    try {
      byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
      String prefix = name + "=";
      for (String entry : new String(environ, StandardCharsets.UTF_8).split("\0")) {
        if (entry.startsWith(prefix)) {
          return entry.substring(prefix.length());
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone, or another user's process
    }
    return null;
  }

  private static List<Long> processIds() {
    List<Long> pids = new ArrayList<>();
    if (!Files.isDirectory(PROC)) {
      return pids;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path entry : entries) {
        try {
          pids.add(Long.parseLong(entry.getFileName().toString()));
        } catch (NumberFormatException e) {
          // not a process
        }
      }
    } catch (IOException e) {
      // no /proc to read
    }
    return pids;
  }
}
