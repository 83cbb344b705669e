package org.timeslice.server.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.timeslice.model.core.RunBudget;

/**
 * Runs one fixed command as a child process, with no shell, an empty-but-for-{@code env} environment, stdin
 * from {@code /dev/null}, stdout and stderr each capped, and a hard time limit. When the limit passes, the
 * output cap is exceeded, or the calling thread is interrupted, the whole process tree is killed
 * ({@link #killTree}) before this returns: nothing the command started outlives the call.
 */
final class ChildProcess {
  /** How long to wait for killed processes to be gone before giving up (they were sent SIGKILL). */
  private static final long REAP_MILLIS = 5_000;
  private static final int STDERR_KEPT_BYTES = 4_096;
  /** How often a running child's caller looks whether it should be cancelled. */
  private static final long POLL_MILLIS = 50;

  /** How a finished child ended. */
  record Outcome(int exitCode, byte[] stdout, String stderr) {
    String stdoutText() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Why a child was killed. */
  static final class Killed extends Exception {
    enum Reason { TIME_LIMIT, OUTPUT_LIMIT, CANCELLED }

    private final Reason reason;

    Killed(Reason reason) {
      super(reason.name());
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }

  private ChildProcess() {}

  /**
   * Runs {@code command} (an executable path and its arguments) in {@code workDir}.
   *
   * @throws Killed if it ran past {@code timeLimitMillis} or wrote more than {@code maxOutputBytes} to one
   *     stream; the tree is dead when this is thrown
   * @throws IOException if it could not be started
   */
  static Outcome run(List<String> command, Path workDir, Map<String, String> env, long timeLimitMillis,
      int maxOutputBytes) throws IOException, InterruptedException, Killed {
    return run(command, workDir, env, timeLimitMillis, maxOutputBytes, () -> false);
  }

  /**
   * {@link #run(List, Path, Map, long, int)}, also killing the tree as soon as {@code cancel} says so (its
   * client went away, or the server is shutting down): then {@link Killed} with {@code CANCELLED}.
   */
  static Outcome run(List<String> command, Path workDir, Map<String, String> env, long timeLimitMillis,
      int maxOutputBytes, RunBudget.StopSignal cancel) throws IOException, InterruptedException, Killed {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    CappedReader stdout = new CappedReader(process.getInputStream(), maxOutputBytes, process);
    CappedReader stderr = new CappedReader(process.getErrorStream(), maxOutputBytes, process);
    stdout.start();
    stderr.start();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeLimitMillis);
    try {
      while (!process.waitFor(Math.min(POLL_MILLIS, Math.max(0, deadline - System.nanoTime()) / 1_000_000 + 1),
          TimeUnit.MILLISECONDS)) {
        if (cancel.stopRequested()) {
          killTree(process);
          throw new Killed(Killed.Reason.CANCELLED);
        }
        if (System.nanoTime() >= deadline) {
          killTree(process);
          throw new Killed(Killed.Reason.TIME_LIMIT);
        }
      }
    } catch (InterruptedException e) {
      killTree(process);
      throw e;
    }
    // The root exited; anything it left behind (a worker that outlived it) goes too.
    killTree(process);
    stdout.join(REAP_MILLIS);
    stderr.join(REAP_MILLIS);
    if (stdout.overflowed() || stderr.overflowed()) {
      throw new Killed(Killed.Reason.OUTPUT_LIMIT);
    }
    return new Outcome(process.exitValue(), stdout.bytes(), tail(stderr.bytes()));
  }

  /**
   * SIGKILLs {@code process} and every descendant and waits until they are gone. Descendants are killed
   * first, in rounds, while the root is still alive (once the root is dead its children are re-parented and
   * {@link ProcessHandle#descendants()} can no longer find them); then the root; then every process seen in
   * any round is awaited. Python workers also ask the kernel to kill them with their parent
   * ({@code PR_SET_PDEATHSIG}), which covers a fork racing with the last round.
   */
  static void killTree(Process process) throws InterruptedException {
    ProcessHandle root = process.toHandle();
    Set<ProcessHandle> seen = new LinkedHashSet<>();
    for (int round = 0; round < 3 && root.isAlive(); round++) {
      List<ProcessHandle> tree = root.descendants().toList();
      if (tree.isEmpty() || seen.containsAll(tree)) {
        break;
      }
      seen.addAll(tree);
      tree.forEach(ProcessHandle::destroyForcibly);
    }
    // Through the handle, not Process.destroyForcibly(): that also closes our ends of the pipes, and output
    // the reader threads had not consumed yet (a busy machine) would be lost.
    root.destroyForcibly();
    await(root);
    seen.addAll(root.descendants().toList());
    // The run's process group (workload.py makes its root a group leader): anything re-parented before it
    // could be seen as a descendant is still a member.
    seen.addAll(RunOwner.groupMembers(root.pid()));
    for (ProcessHandle handle : new ArrayList<>(seen)) {
      handle.destroyForcibly();
      await(handle);
    }
  }

  private static void await(ProcessHandle handle) throws InterruptedException {
    try {
      handle.onExit().get(REAP_MILLIS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // A SIGKILLed process that is not gone after REAP_MILLIS is a zombie nobody reaps; it runs no code.
    }
  }

  private static String tail(byte[] bytes) {
    int from = Math.max(0, bytes.length - STDERR_KEPT_BYTES);
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  /** Drains one stream into memory up to a cap; past it, kills the tree (and keeps draining nothing). */
  private static final class CappedReader extends Thread {
    private final InputStream in;
    private final int maxBytes;
    private final Process process;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile boolean overflowed;

    CappedReader(InputStream in, int maxBytes, Process process) {
      super("run-output-reader");
      setDaemon(true);
      this.in = in;
      this.maxBytes = maxBytes;
      this.process = process;
    }

    @Override
    public void run() {
      byte[] chunk = new byte[8192];
      try (in) {
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
          if (buffer.size() + n > maxBytes) {
            overflowed = true;
            killTree(process);
            return;
          }
          buffer.write(chunk, 0, n);
        }
      } catch (IOException e) {
        // The stream closed because the process was killed; what was read so far is kept.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    boolean overflowed() {
      return overflowed;
    }

    synchronized byte[] bytes() {
      return buffer.toByteArray();
    }
  }
}
