package org.timeslice.model.sim;

/**
 * A binary min-heap of pending wake-ups (arrivals and I/O completions) ordered by (tick, task index):
 * wake-ups at one tick come out in scenario order of their tasks, the documented same-tick order.
 *
 * <p>Two parallel int arrays rather than packed longs: TeaVM compiles {@code long} to slow JavaScript
 * BigInt, and the simulator asks this heap at every decision.
 */
final class WakeupHeap {
  private int[] ticks;
  private int[] tasks;
  private int size;

  WakeupHeap(int capacity) {
    ticks = new int[Math.max(4, capacity)];
    tasks = new int[ticks.length];
  }

  WakeupHeap copy() {
    WakeupHeap c = new WakeupHeap(ticks.length);
    System.arraycopy(ticks, 0, c.ticks, 0, size);
    System.arraycopy(tasks, 0, c.tasks, 0, size);
    c.size = size;
    return c;
  }

  private boolean less(int tickA, int taskA, int i) {
    return tickA < ticks[i] || (tickA == ticks[i] && taskA < tasks[i]);
  }

  void add(int tick, int taskIndex) {
    if (size == ticks.length) {
      int[] biggerTicks = new int[ticks.length * 2];
      int[] biggerTasks = new int[ticks.length * 2];
      System.arraycopy(ticks, 0, biggerTicks, 0, size);
      System.arraycopy(tasks, 0, biggerTasks, 0, size);
      ticks = biggerTicks;
      tasks = biggerTasks;
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(tick, taskIndex, parent)) {
        break;
      }
      ticks[i] = ticks[parent];
      tasks[i] = tasks[parent];
      i = parent;
    }
    ticks[i] = tick;
    tasks[i] = taskIndex;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The tick of the earliest wake-up; the heap must not be empty. */
  int nextTick() {
    return ticks[0];
  }

  /** True if a wake-up is due at {@code tick} (or earlier, which would be a bug). */
  boolean hasDue(int tick) {
    return size > 0 && ticks[0] <= tick;
  }

  /** Removes the earliest wake-up and returns its task index. */
  int poll() {
    int task = tasks[0];
    size--;
    int lastTick = ticks[size];
    int lastTask = tasks[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(ticks[child + 1], tasks[child + 1], child)) {
        child++;
      }
      if (!lessThanLast(child, lastTick, lastTask)) {
        break;
      }
      ticks[i] = ticks[child];
      tasks[i] = tasks[child];
      i = child;
    }
    if (size > 0) {
      ticks[i] = lastTick;
      tasks[i] = lastTask;
    }
    return task;
  }

  private boolean lessThanLast(int child, int lastTick, int lastTask) {
    return ticks[child] < lastTick || (ticks[child] == lastTick && tasks[child] < lastTask);
  }
}
