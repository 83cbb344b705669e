package org.timeslice.server.run;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The JVM workloads, run in a <em>child</em> JVM so that the same time limit, tree kill and output cap apply
 * as for Python, and so that virtual threads can run on a newer JDK than the server's:
 * {@code java -cp CODE org.timeslice.server.run.JvmWorkload WORKLOAD MODEL WORKERS SIZE SCALE_PERCENT}.
 * Prints exactly one JSON object (the shape of {@code workload.py}'s). Depends on nothing but the JDK, so
 * that the child's class path is this class's own code source.
 *
 * <p>Lanes are measured as in {@code workload.py}: a computing worker reads {@link System#nanoTime()} every
 * {@link #SAMPLE_EVERY} iterations; a gap longer than {@link #GAP_NANOS} between two reads means the worker
 * was not running (the OS ran another thread), so the reads become run slices. Sleeps are wait slices.
 */
public final class JvmWorkload {
  static final long CPU_ITERATIONS_PER_SIZE = 35_000_000L; // about 0.1 s of CPU with C2 on one core
  static final long COUNTER_INCREMENTS_PER_SIZE = 2_000_000L;
  static final double IO_SECONDS_PER_SIZE = 0.1;
  static final int IO_STEPS = 5;
  static final int MIXED_ROUNDS = 5;
  static final int SAMPLE_EVERY = 10_000;
  static final long GAP_NANOS = 500_000L;
  static final int MAX_SLICES = 400;

  private static final ReentrantLock LOCK = new ReentrantLock();
  /** Volatile so that every {@code +=} really reads and writes memory (a race, not a JIT artefact). */
  private static volatile long counter;
  /** Keeps the compute loops' results observable so the JIT cannot drop them. */
  static volatile long sink;

  private JvmWorkload() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: JvmWorkload WORKLOAD MODEL WORKERS SIZE SCALE_PERCENT");
    }
    String workload = args[0];
    String model = args[1];
    int workers = Integer.parseInt(args[2]);
    int size = Integer.parseInt(args[3]);
    int scalePercent = Integer.parseInt(args[4]);
    dieWithServer();
    if (!List.of("cpu", "io", "mixed", "counter", "counter-locked").contains(workload)
        || !List.of("sequential", "threads", "virtual-threads").contains(model)
        || workers < 1 || workers > 64 || size < 1 || size > 100 || scalePercent < 1 || scalePercent > 1_000_000) {
      throw new IllegalArgumentException("workload, model, workers, size or scale out of range");
    }
    System.out.println(run(workload, model, workers, size, scalePercent));
  }

  /**
   * This JVM halts when the server that started it is gone, even after a SIGKILL (run.RunOwner): a daemon
   * thread compares the parent with the owner named by {@code TIMESLICE_RUN_OWNER} every 50 ms (a JVM cannot
   * ask the kernel for {@code PR_SET_PDEATHSIG}; a dead parent re-parents this process, which the thread sees).
   */
  private static void dieWithServer() {
    String owner = System.getenv("TIMESLICE_RUN_OWNER");
    if (owner == null || owner.indexOf(':') < 1) {
      return;
    }
    long ownerPid = Long.parseLong(owner.substring(0, owner.indexOf(':')));
    Thread watchdog = new Thread(() -> {
      while (true) {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (parent != ownerPid) {
          Runtime.getRuntime().halt(137);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "die-with-server");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  static String run(String workload, String model, int workers, int size, int scalePercent) throws Exception {
    long[] shares = shares(workload, workers, size, scalePercent);
    List<Lane> lanes = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      lanes.add(new Lane(i));
    }
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    if (model.equals("sequential")) {
      for (int i = 0; i < workers; i++) {
        task(workload, lanes.get(i), shares[i]);
      }
    } else {
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        Lane lane = lanes.get(i);
        long share = shares[i];
        Runnable body = () -> {
          try {
            task(workload, lane, share);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
        threads.add(model.equals("threads") ? new Thread(body, "worker-" + i) : virtualThread(body));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join();
      }
    }
    long t1 = System.nanoTime();
    long cpu1 = cpuNanos();
    StringBuilder json = new StringBuilder(4096);
    json.append("{\"wallMillis\":").append(millis(t1 - t0))
        .append(",\"cpuMillis\":").append(millis(cpu1 - cpu0))
        .append(",\"workers\":[");
    for (int i = 0; i < workers; i++) {
      json.append(i == 0 ? "" : ",");
      lanes.get(i).appendJson(json, t0);
    }
    json.append("],\"environment\":{\"runtime\":\"jvm\",\"implementation\":")
        .append(quote(System.getProperty("java.vm.name", "unknown")))
        .append(",\"version\":").append(quote(Runtime.version().toString()))
        .append(",\"virtualThreads\":").append(Runtime.version().feature() >= 21)
        .append(",\"cores\":").append(Runtime.getRuntime().availableProcessors()).append('}');
    if (workload.startsWith("counter")) {
      long expected = 0;
      for (long share : shares) {
        expected += share;
      }
      json.append(",\"counter\":{\"value\":").append(counter).append(",\"expected\":").append(expected)
          .append('}');
    }
    return json.append('}').toString();
  }

  static long[] shares(String workload, int workers, int size, int scalePercent) {
    long total;
    if (workload.equals("cpu") || workload.equals("mixed")) {
      total = CPU_ITERATIONS_PER_SIZE * size * scalePercent / 100;
    } else if (workload.equals("io")) {
      total = Math.round(IO_SECONDS_PER_SIZE * 1e9 * size * scalePercent / 100);
    } else {
      total = COUNTER_INCREMENTS_PER_SIZE * size * scalePercent / 100;
    }
    long[] shares = new long[workers];
    for (int i = 0; i < workers; i++) {
      shares[i] = workload.equals("io") ? total / workers : total / workers + (i < total % workers ? 1 : 0);
    }
    return shares;
  }

  /** One worker's task; {@code share} is iterations, increments, or (io) nanoseconds of sleep. */
  static void task(String workload, Lane lane, long share) throws InterruptedException {
    lane.start = System.nanoTime();
    switch (workload) {
      case "cpu" -> {
        lane.runBegin();
        burn(lane, share);
        lane.runEnd();
      }
      case "io" -> {
        for (int i = 0; i < IO_STEPS; i++) {
          sleep(lane, share / IO_STEPS);
        }
      }
      case "mixed" -> {
        for (int i = 0; i < MIXED_ROUNDS; i++) {
          lane.runBegin();
          burn(lane, share / 2 / MIXED_ROUNDS);
          lane.runEnd();
          // Half of the io time a size unit has, in proportion to this worker's share of the compute.
          sleep(lane, (long) (IO_SECONDS_PER_SIZE * 1e9 / 2 * share / CPU_ITERATIONS_PER_SIZE / MIXED_ROUNDS));
        }
      }
      default -> {
        lane.runBegin();
        count(lane, share, workload.equals("counter-locked"));
        lane.runEnd();
      }
    }
    lane.end = System.nanoTime();
  }

  private static void sleep(Lane lane, long nanos) throws InterruptedException {
    long before = System.nanoTime();
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    lane.add(lane.waits, before, System.nanoTime());
  }

  private static void burn(Lane lane, long iterations) {
    long acc = 0;
    for (long done = 0; done < iterations; ) {
      long n = Math.min(SAMPLE_EVERY, iterations - done);
      for (long j = 0; j < n; j++) {
        acc = (acc * 31 + j) & 0xFFFFF;
      }
      done += n;
      lane.sample();
    }
    sink += acc;
  }

  private static void count(Lane lane, long increments, boolean locked) {
    for (long done = 0; done < increments; ) {
      long n = Math.min(SAMPLE_EVERY, increments - done);
      for (long j = 0; j < n; j++) {
        if (locked) {
          LOCK.lock();
          try {
            counter += 1;
          } finally {
            LOCK.unlock();
          }
        } else {
          counter += 1; // read, add, write: another thread's write in between is lost
        }
      }
      done += n;
      lane.sample();
    }
  }

  /** {@code Thread.ofVirtual().unstarted(body)}, reflectively: the server is compiled for Java 17. */
  private static Thread virtualThread(Runnable body) throws ReflectiveOperationException {
    Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
    Method unstarted = Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class);
    return (Thread) unstarted.invoke(builder, body);
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** Nanoseconds as milliseconds with three decimals, never in exponent notation. */
  static String millis(long nanos) {
    long micros = Math.round(nanos / 1000.0);
    String sign = micros < 0 ? "-" : "";
    micros = Math.abs(micros);
    return sign + (micros / 1000) + "." + String.format(Locale.ROOT, "%03d", micros % 1000);
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** What one worker did, in nanoTime: start, end, run slices and wait slices. */
  static final class Lane {
    final int id;
    long start;
    long end;
    final List<long[]> runs = new ArrayList<>();
    final List<long[]> waits = new ArrayList<>();
    boolean truncated;
    private long open;
    private long last;

    Lane(int id) {
      this.id = id;
    }

    void runBegin() {
      open = last = System.nanoTime();
    }

    void sample() {
      long now = System.nanoTime();
      if (now - last > GAP_NANOS) {
        add(runs, open, last);
        open = now;
      }
      last = now;
    }

    void runEnd() {
      sample();
      add(runs, open, last);
    }

    void add(List<long[]> slices, long from, long to) {
      if (slices.size() < MAX_SLICES) {
        slices.add(new long[] {from, to});
      } else {
        truncated = true;
        slices.get(slices.size() - 1)[1] = to;
      }
    }

    void appendJson(StringBuilder json, long t0) {
      json.append("{\"id\":").append(id)
          .append(",\"startMillis\":").append(millis(start - t0))
          .append(",\"endMillis\":").append(millis(end - t0));
      appendSlices(json, "runs", runs, t0);
      appendSlices(json, "waits", waits, t0);
      if (truncated) {
        json.append(",\"truncated\":true");
      }
      json.append('}');
    }

    private static void appendSlices(StringBuilder json, String name, List<long[]> slices, long t0) {
      json.append(",\"").append(name).append("\":[");
      for (int i = 0; i < slices.size(); i++) {
        long[] slice = slices.get(i);
        json.append(i == 0 ? "[" : ",[").append(millis(slice[0] - t0)).append(',')
            .append(millis(slice[1] - t0)).append(']');
      }
      json.append(']');
    }
  }
}
