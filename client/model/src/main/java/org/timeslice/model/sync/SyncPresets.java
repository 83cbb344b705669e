package org.timeslice.model.sync;

import static org.timeslice.model.sync.Verdict.ACCEPTABLE;
import static org.timeslice.model.sync.Verdict.FORBIDDEN;
import static org.timeslice.model.sync.Verdict.INTERESTING;

import java.util.List;

/**
 * The race explorer's lessons, in the order of its picker. Buggy and fixed variants come in pairs
 * ({@link SyncPreset#pairedWith}); each grades its outcomes as jcstress does.
 */
public final class SyncPresets {
  private SyncPresets() {}

  public static final List<SyncPreset> ALL = List.of(
      counter("counter-race", "x += 1, no lock", false, false, "counter-locked"),
      counter("counter-locked", "x += 1 under a lock", true, false, "counter-race"),
      counter("counter-atomic", "x += 1 as one atomic step", false, true, "counter-race"),
      loop("loop-increment", "A loop of x += 1 (CPython 3.11 keeps it whole)", false),
      loop("loop-call", "A loop of x = x + f() (CPython 3.11 can switch at the call)", true),
      twoLocks("two-locks", "Two locks, opposite order (deadlock)", false, "two-locks-ordered"),
      twoLocks("two-locks-ordered", "Two locks, same order", true, "two-locks"),
      killHolder(),
      lostWakeup(false),
      lostWakeup(true),
      relock(false),
      relock(true),
      producerConsumer(),
      semaphore("semaphore", "At most 2 inside (semaphore)", true, "no-semaphore"),
      semaphore("no-semaphore", "At most 2 inside (no semaphore)", false, "semaphore"),
      philosophers(Philosophers.Strategy.NAIVE, 3, 1),
      philosophers(Philosophers.Strategy.RESOURCE_ORDERING, 3, 1),
      philosophers(Philosophers.Strategy.WAITER, 3, 1),
      philosophers(Philosophers.Strategy.TRY_LOCK_BACKOFF, 3, 1));

  /** The race explorer's lessons: everything but the philosophers. */
  public static List<SyncPreset> race() {
    return ALL.stream().filter(p -> !p.id().startsWith("philosophers")).toList();
  }

  /** The dining philosophers' lessons. */
  public static List<SyncPreset> philosophers() {
    return ALL.stream().filter(p -> p.id().startsWith("philosophers")).toList();
  }

  /** The strategy of a philosophers preset id, or null for another id. */
  public static Philosophers.Strategy strategyOf(String id) {
    return switch (id) {
      case "philosophers-naive" -> Philosophers.Strategy.NAIVE;
      case "philosophers-ordered" -> Philosophers.Strategy.RESOURCE_ORDERING;
      case "philosophers-waiter" -> Philosophers.Strategy.WAITER;
      case "philosophers-backoff" -> Philosophers.Strategy.TRY_LOCK_BACKOFF;
      default -> null;
    };
  }

  /** The preset with this id, or null. */
  public static SyncPreset byId(String id) {
    for (SyncPreset p : ALL) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private static SyncPreset counter(String id, String title, boolean locked, boolean atomic, String pair) {
    SyncProgram.Builder b = SyncProgram.builder().title(title).variable("x", 0);
    if (locked) {
      b.mutex("m");
    }
    for (String name : List.of("T0", "T1")) {
      ThreadBuilder t = b.thread(name);
      if (atomic) {
        t.atomicAdd("x", 1);
      } else if (locked) {
        t.lock("m").increment("x").unlock("m");
      } else {
        t.increment("x");
      }
    }
    String lesson = atomic
        ? "One indivisible step (a fetch-and-add, like AtomicInteger.incrementAndGet): no switch can fall "
            + "inside it, so no update is lost and no thread ever waits."
        : locked
            ? "The lock makes LOAD, ADD and STORE a critical section: the other thread waits at LOCK until "
                + "the first has stored, so it loads the new value."
            : "x += 1 is three steps: LOAD x into a register, ADD 1, STORE it back. If the other thread "
                + "loads x before this one stores, both store 1 and one update is lost.";
    return new SyncPreset(id, title, lesson, b.build(), List.of("x"), List.of(
        new Expectation("x = 2", ACCEPTABLE, "Both increments landed."),
        new Expectation("x = 1", locked || atomic ? FORBIDDEN : INTERESTING,
            "Lost update: both threads loaded 0 before either stored.")), pair);
  }

  private static SyncPreset loop(String id, String title, boolean viaCall) {
    SyncProgram.Builder b = SyncProgram.builder().title(title).variable("x", 0);
    for (String name : List.of("T0", "T1")) {
      ThreadBuilder t = b.thread(name).set(3, 2).label("top").load(0, "x");
      if (viaCall) {
        t.call(1, 1).addReg(0, 1);
      } else {
        t.add(0, 1);
      }
      t.store("x", 0).add(3, -1).jumpIfNonZero(3, "top");
    }
    String lesson = viaCall
        ? "The same loop, but the 1 comes from a call, f(). CPython 3.11 may hand the GIL over at a call, "
            + "which falls between LOAD and STORE: updates are lost again. Compare the switch-point choices."
        : "Two threads each add 1 twice. With a switch allowed at any micro-step updates can be lost; under "
            + "CPython 3.11 the GIL is handed over only at calls and backward jumps, so each LOAD-ADD-STORE "
            + "runs whole and x is always 4. Free-threaded Python loses updates again.";
    return new SyncPreset(id, title, lesson, b.build(), List.of("x"), List.of(
        new Expectation("x = 4", ACCEPTABLE, "All four increments landed."),
        new Expectation("x = 3", INTERESTING, "One update lost."),
        new Expectation("x = 2", INTERESTING, "Two updates lost: each thread's second store overwrote.")),
        viaCall ? "loop-increment" : "loop-call");
  }

  private static SyncPreset twoLocks(String id, String title, boolean ordered, String pair) {
    SyncProgram.Builder b = SyncProgram.builder().title(title).variable("done", 0).mutex("a").mutex("b");
    b.thread("T0").lock("a").lock("b").atomicAdd("done", 1).unlock("b").unlock("a");
    if (ordered) {
      b.thread("T1").lock("a").lock("b").atomicAdd("done", 1).unlock("b").unlock("a");
    } else {
      b.thread("T1").lock("b").lock("a").atomicAdd("done", 1).unlock("a").unlock("b");
    }
    String lesson = ordered
        ? "Both threads take a before b. Whoever gets a first also gets b: a cycle of waits cannot form, so "
            + "the exhaustive search finds no deadlock."
        : "T0 takes a then b; T1 takes b then a. If each gets its first lock, each waits for the other's "
            + "forever: the wait-for graph has a cycle.";
    return new SyncPreset(id, title, lesson, b.build(), List.of("done"), List.of(
        new Expectation("done = 2", ACCEPTABLE, "Both threads finished."),
        new Expectation(Explorer.DEADLOCK, ordered ? FORBIDDEN : INTERESTING,
            "Each thread holds one lock and waits for the other's.")), pair);
  }

  private static SyncPreset killHolder() {
    SyncProgram.Builder b = SyncProgram.builder().title("Don't kill a thread holding a lock").variable("x", 0)
        .mutex("m");
    for (String name : List.of("T0", "T1")) {
      b.thread(name).lock("m").increment("x").unlock("m");
    }
    return new SyncPreset("kill-holder", "Kill a thread holding a lock",
        "Step T0 into its critical section, then kill it. The lock is never released (nobody else may "
            + "release it), so T1 waits at LOCK forever. The same happens to a thread killed holding the GIL.",
        b.build(), List.of("x"), List.of(new Expectation("x = 2", ACCEPTABLE, "Both increments landed.")),
        "counter-locked");
  }

  private static SyncPreset lostWakeup(boolean withFlag) {
    SyncProgram.Builder b = SyncProgram.builder().mutex("m").condition("c");
    if (withFlag) {
      b.title("Wait for a flag, in a loop").variable("ready", 0);
      b.thread("waiter").lock("m").label("check").load(0, "ready").jumpIfNonZero(0, "done").await("c", "m")
          .jump("check").label("done").unlock("m");
      b.thread("signaller").lock("m").set(0, 1).store("ready", 0).signal("c").unlock("m");
      return new SyncPreset("condition-flag", "Condition variable with a flag",
          "The waiter checks a flag under the lock and waits only while it is 0; the signaller sets the flag "
              + "before signalling. A signal that comes first is not lost: the flag remembers it.",
          b.build(), List.of("ready"), List.of(
              new Expectation("ready = 1", ACCEPTABLE, "The waiter saw the flag and went on."),
              new Expectation(Explorer.STUCK, FORBIDDEN, "The waiter sleeps forever.")), "lost-wakeup");
    }
    b.title("Wait without a flag");
    b.thread("waiter").lock("m").await("c", "m").unlock("m");
    b.thread("signaller").lock("m").signal("c").unlock("m");
    return new SyncPreset("lost-wakeup", "Condition variable, lost wake-up",
        "The waiter waits on a condition without checking any state. If the signaller signals first, nobody "
            + "is waiting, the signal is lost, and the waiter then sleeps forever.",
        b.build(), List.of(), List.of(
            new Expectation(Explorer.FINISHED, ACCEPTABLE, "The signal came after the wait."),
            new Expectation(Explorer.STUCK, INTERESTING, "Lost wake-up: the signal came before the wait.")),
        "condition-flag");
  }

  private static SyncPreset relock(boolean reentrant) {
    SyncProgram.Builder b = SyncProgram.builder().variable("x", 0);
    if (reentrant) {
      b.reentrantLock("m");
    } else {
      b.mutex("m");
    }
    // A function that takes the lock calls another that takes it again.
    b.thread("T0").lock("m").lock("m").atomicAdd("x", 1).unlock("m").unlock("m");
    return new SyncPreset(reentrant ? "reentrant" : "self-deadlock",
        reentrant ? "Lock twice, reentrant lock" : "Lock twice, plain lock",
        reentrant
            ? "A reentrant lock (threading.RLock, Java's ReentrantLock) counts how often its owner took it; "
                + "the second LOCK succeeds and the lock is free after the second UNLOCK."
            : "A plain lock (threading.Lock) does not know who holds it: the thread that already owns it "
                + "waits for itself at the second LOCK, forever.",
        b.build(), List.of("x"), List.of(
            new Expectation("x = 1", ACCEPTABLE, "The nested call ran."),
            new Expectation(Explorer.DEADLOCK, reentrant ? FORBIDDEN : INTERESTING,
                "The thread waits for a lock it holds itself.")), reentrant ? "self-deadlock" : "reentrant");
  }

  private static SyncPreset producerConsumer() {
    SyncProgram.Builder b = SyncProgram.builder().title("Producer and consumer, bounded queue")
        .variable("sum", 0).queue("q", 1);
    b.thread("producer").set(0, 1).put("q", 0).set(0, 2).put("q", 0).set(0, 3).put("q", 0);
    b.thread("consumer").set(3, 3).label("next").take(1, "q").load(0, "sum").addReg(0, 1).store("sum", 0)
        .add(3, -1).jumpIfNonZero(3, "next");
    return new SyncPreset("producer-consumer", "Producer/consumer, queue of 1",
        "The producer puts 1, 2, 3 into a queue that holds one item; the consumer takes three and adds "
            + "them up. A full queue blocks the producer, an empty one the consumer: nothing is lost, "
            + "nothing is read twice.",
        b.build(), List.of("sum"), List.of(new Expectation("sum = 6", ACCEPTABLE, "Every item consumed once.")),
        null);
  }

  private static SyncPreset semaphore(String id, String title, boolean guarded, String pair) {
    SyncProgram.Builder b = SyncProgram.builder().title(title).variable("inside", 0).variable("overfull", 0);
    if (guarded) {
      b.semaphore("seats", 2);
    }
    for (String name : List.of("T0", "T1", "T2")) {
      ThreadBuilder t = b.thread(name);
      if (guarded) {
        t.acquire("seats");
      }
      t.fetchAdd(0, "inside", 1).jumpIfGreater(0, 1, "over").jump("leave")
          .label("over").atomicAdd("overfull", 1)
          .label("leave").atomicAdd("inside", -1);
      if (guarded) {
        t.release("seats");
      }
    }
    String lesson = guarded
        ? "A semaphore with 2 permits: a third thread waits at ACQUIRE until one leaves and RELEASEs. "
            + "overfull counts entries that found 2 others inside; it stays 0."
        : "The same three threads without the semaphore: all three can be inside at once.";
    return new SyncPreset(id, title, lesson, b.build(), List.of("overfull"), List.of(
        new Expectation("overfull = 0", ACCEPTABLE, "Never more than two inside."),
        new Expectation("overfull = 1", guarded ? FORBIDDEN : INTERESTING, "All three were inside at once.")),
        pair);
  }

  /** The philosophers lesson for {@code strategy} with {@code n} philosophers eating {@code meals} times. */
  public static SyncPreset philosophers(Philosophers.Strategy strategy, int n, int meals) {
    SyncProgram program = Philosophers.program(n, strategy, meals);
    String lesson = switch (strategy) {
      case NAIVE -> "Each philosopher takes the left fork, then the right. If all take their left fork "
          + "at once, each waits for a neighbour's forever.";
      case RESOURCE_ORDERING -> "Everyone takes the lower-numbered fork first, so the last philosopher "
          + "reaches right before left: no cycle, no deadlock.";
      case WAITER -> "A waiter (a semaphore with N−1 seats) lets at most N−1 reach for forks: one of them "
          + "always gets both.";
      case TRY_LOCK_BACKOFF -> "Take the left fork, try the right; if it is busy put the left back and "
          + "retry. No deadlock, but all can keep retrying in step forever: a livelock.";
    };
    String how = switch (strategy) {
      case NAIVE -> "left then right";
      case RESOURCE_ORDERING -> "ordered forks";
      case WAITER -> "a waiter";
      case TRY_LOCK_BACKOFF -> "try-lock and back off";
    };
    String id = "philosophers-" + switch (strategy) {
      case NAIVE -> "naive";
      case RESOURCE_ORDERING -> "ordered";
      case WAITER -> "waiter";
      case TRY_LOCK_BACKOFF -> "backoff";
    };
    String pair = strategy == Philosophers.Strategy.NAIVE ? "philosophers-ordered" : "philosophers-naive";
    return new SyncPreset(id, n + " philosophers, " + how, lesson, program, List.of(), List.of(
        new Expectation(Explorer.FINISHED, ACCEPTABLE, "Everyone ate."),
        new Expectation(Explorer.DEADLOCK, strategy == Philosophers.Strategy.NAIVE ? INTERESTING : FORBIDDEN,
            "Every philosopher holds one fork and waits for the next.")), pair);
  }

}
