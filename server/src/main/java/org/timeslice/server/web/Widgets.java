package org.timeslice.server.web;

import java.util.List;

/** The catalogue of widgets, in the order the home page lists them (a learning path). */
public final class Widgets {
  public static final List<Widget> ALL = List.of(
      new Widget("lifecycle", "Process lifecycle",
          "Watch tasks move through new, ready, running, waiting and terminated.", true),
      new Widget("scheduler", "CPU scheduler",
          "Time slices, context switches and ready queues under FIFO, SJF, STCF, RR, priority, MLFQ and lottery.",
          true),
      new Widget("cores", "Concurrency vs parallelism",
          "The same work interleaved on one core and running in parallel on many, with Amdahl's law.", true),
      new Widget("race", "Race explorer",
          "Why counter += 1 loses updates, and what a lock, an atomic or a queue buys.", true),
      new Widget("philosophers", "Dining philosophers",
          "Deadlock, livelock and starvation around one table.", true),
      new Widget("gil", "GIL lab",
          "Threads, free-threaded threads, processes and asyncio on the same Python workload.", true),
      new Widget("multitasking", "Cooperative vs preemptive",
          "OS threads with time slices beside an asyncio loop and generators that yield.", true));

  private Widgets() {}

  /** The widget with this id, or null. */
  public static Widget byId(String id) {
    for (Widget w : ALL) {
      if (w.id().equals(id)) {
        return w;
      }
    }
    return null;
  }
}
