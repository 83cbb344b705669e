package org.timeslice.server.web;

import java.util.List;

/**
 * The words around a widget on its page: what it shows, how to drive it, and a "predict, then reveal"
 * question whose answer sits in a {@code <details>} so the learner commits to a guess first.
 *
 * @param lead one or two sentences saying what the widget shows
 * @param tips how to drive it
 * @param question the prediction to make before pressing play
 * @param choices possible answers the learner picks between (the page checks the pick)
 * @param answerIndex index of the right choice
 * @param answer why the right choice is right
 */
public record WidgetGuide(
    String lead, List<String> tips, String question, List<String> choices, int answerIndex, String answer) {

  private static final List<String> TIPS = List.of(
      "Space plays and pauses; ← and → step one tick (Shift: ten); Home and End jump; [ and ] change the speed.",
      "Edit a task's program as text, e.g. cpu 5, io 3, cpu 2; a typo is pointed out and the last good run stays.");

  private static final List<String> STEP_TIPS = List.of(
      "Press Step under a thread (or its number key, 1 to 9) to run its next micro-step; U undoes, R resets.",
      "\"Explore every interleaving\" lists every outcome with its number of schedules; Replay shows one.",
      "The address keeps the lesson and your schedule: copy it to share the exact interleaving you found.");

  /** The guide of a widget, or null if it has none (then the widget has no page yet). */
  public static WidgetGuide of(String widgetId) {
    switch (widgetId) {
      case "scheduler":
        return new WidgetGuide(
            "One core can run one task at a time. The scheduler decides who runs next and for how long: a "
                + "task that is ready waits in the ready queue, a time slice (quantum) ends a turn, and every "
                + "switch between tasks costs the core a little time.",
            TIPS,
            "Round robin, three jobs: A, B and C share one core in 3-tick slices, and each switch costs 1 tick. "
                + "Compared with FIFO (run each job to the end), what happens to the average response time?",
            List.of("It goes down", "It stays the same", "It goes up"), 0,
            "It goes down: every job gets the core within a few ticks instead of waiting for whole jobs to "
                + "finish. The price is paid in turnaround and in switch overhead (the hatched stretches). "
                + "Compare both in the side-by-side table.");
      case "lifecycle":
        return new WidgetGuide(
            "Every process moves through five states. It is NEW until the OS admits it, READY while it "
                + "waits for a core, RUNNING while it has one, WAITING while its I/O is in progress, and "
                + "TERMINATED when it is done. Each arrow is a row of the simulator's transition table.",
            TIPS,
            "Task A computes for 2 ticks, then reads from a disk for 4 ticks. While A's I/O is in progress, "
                + "which state is A in, and can B use the CPU?",
            List.of("READY, and B must wait", "WAITING, and B runs", "RUNNING, and B runs too"), 1,
            "A is WAITING: it cannot use a core until its I/O completes, so the scheduler dispatches B. When "
                + "the I/O completes A becomes READY again (not RUNNING): it still has to wait for a core.");
      case "cores":
        return new WidgetGuide(
            "Concurrency is several tasks making progress by taking turns; parallelism is several tasks "
                + "running at the same instant on different cores. Compare the same work on one core and on "
                + "many, and see how Amdahl's law caps the speed-up when part of the work is serial.",
            TIPS,
            "Seven equal 8-tick jobs. One core needs 56 ticks. How long do four cores need?",
            List.of("14 ticks (4× faster)", "16 ticks", "56 ticks (no faster)"), 1,
            "16 ticks: four jobs run in parallel, then the last three, so the work comes in two rounds. The "
                + "speed-up is 3.5×, not 4×, because the work does not divide evenly: some cores sit idle in "
                + "the second round.");
      case "race":
        return new WidgetGuide(
            "Threads share memory, and x += 1 is three micro-steps: LOAD x into a register, ADD 1, STORE it "
                + "back. A switch between threads can fall between them. Be the scheduler, let a seeded "
                + "scheduler choose, or let the exhaustive search try every interleaving; compare each buggy "
                + "lesson with its fixed twin.",
            STEP_TIPS,
            "Two threads each run x += 1 once, without a lock, starting from x = 0. What can x be at the end?",
            List.of("Always 2", "1 or 2", "0, 1 or 2"), 1,
            "1 or 2. Of the 20 ways to interleave the six micro-steps, only the 2 that run one thread entirely "
                + "before the other give 2; in the other 18 both threads load 0 before either stores, and one "
                + "update is lost. x is never 0: some STORE always writes at least 1.");
      case "philosophers":
        return new WidgetGuide(
            "Philosophers sit around a table with one fork between neighbours and need both forks to eat. "
                + "Forks are locks. Depending on how they pick forks up they eat, deadlock (everyone holds one "
                + "fork and waits forever) or livelock (everyone keeps putting forks down and retrying).",
            STEP_TIPS,
            "Three philosophers each pick up the left fork, then the right. Can they get stuck for good?",
            List.of("No: someone always gets two forks", "Yes: if all take their left fork first",
                "Only with more than five philosophers"), 1,
            "Yes. If all three take their left fork before anyone takes a right one, each waits for a fork "
                + "its neighbour holds: a cycle in the wait-for graph, a deadlock. Taking the lower-numbered "
                + "fork first breaks the cycle; the exhaustive search proves no deadlock is left.");
      case "multitasking":
        return new WidgetGuide(
            "Preemptive: the OS takes the core away from a thread when its time slice ends, whatever it is "
                + "doing. Cooperative: a coroutine keeps the event loop until it awaits, and a generator runs "
                + "until it yields. The same tasks, both ways, on one core.",
            List.of("Space plays and pauses; ← and → step one millisecond; Home and End jump.",
                "▼ marks where the OS preempted a thread, or where a coroutine awaited.",
                "In the generator stepper, next() resumes a generator until its next yield; send(v) also "
                    + "hands it a value."),
            "Task A computes for 20 ms without ever awaiting; B and C each need 1 ms now and then. On one "
                + "asyncio loop, when do B and C get to run?",
            List.of("Every few milliseconds, like threads", "Only after A finishes or awaits",
                "Never: asyncio runs one task"), 1,
            "Only after A finishes or awaits: nothing can take the loop from a coroutine, so a greedy task "
                + "starves the others. As OS threads, A would be preempted every time slice and B and C "
                + "would run in between.");
      case "gil":
        return new WidgetGuide(
            "CPython threads share one global interpreter lock (GIL): only the thread holding it runs Python "
                + "bytecode. A thread that wants it waits up to the switch interval (5 ms), then asks the "
                + "holder to drop it. Compare the same workload as threads, free-threaded threads (no GIL), "
                + "processes (a GIL each) and one asyncio loop.",
            List.of("Space plays and pauses; ← and → step one millisecond; Home and End jump.",
                "Change the workload, the workers, the cores or the switch interval: every way re-runs at once.",
                "Red stripes are waiting for the GIL: the thread could run, a core may even be free, but another "
                    + "thread holds the lock."),
            "Two threads each run half of a CPU-bound pure-Python loop on a 2-core machine. Compared with "
                + "running the loop in one thread, the two threads take…",
            List.of("about half the time", "about the same time, or a little longer", "twice as long"), 1,
            "About the same, a little longer: only the GIL holder runs bytecode, so the threads take turns "
                + "every 5 ms and each hand-off costs a little (measured on CPython 3.11: 1.09× the "
                + "sequential time). Processes have a GIL each and do run in parallel (0.64×), and so do "
                + "free-threaded builds. For waiting, threads and asyncio both shine.");
      default:
        return null;
    }
  }
}
