package org.timeslice.model.sim;

/**
 * A binary min-heap of pending wake-ups (arrivals and I/O completions), each packed into one long as
 * {@code tick << 20 | taskIndex}. Packing gives the documented same-tick order for free: wake-ups at one
 * tick come out in scenario order of their tasks.
 */
final class WakeupHeap {
  private static final int INDEX_BITS = 20;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private long[] heap;
  private int size;

  WakeupHeap(int capacity) {
    heap = new long[Math.max(4, capacity)];
  }

  WakeupHeap copy() {
    WakeupHeap c = new WakeupHeap(heap.length);
    System.arraycopy(heap, 0, c.heap, 0, size);
    c.size = size;
    return c;
  }

  void add(long tick, int taskIndex) {
    if (size == heap.length) {
      long[] bigger = new long[heap.length * 2];
      System.arraycopy(heap, 0, bigger, 0, size);
      heap = bigger;
    }
    long key = (tick << INDEX_BITS) | taskIndex;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= key) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = key;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The tick of the earliest wake-up; the heap must not be empty. */
  long nextTick() {
    return heap[0] >>> INDEX_BITS;
  }

  /** True if a wake-up is due at {@code tick} (or earlier, which would be a bug). */
  boolean hasDue(long tick) {
    return size > 0 && (heap[0] >>> INDEX_BITS) <= tick;
  }

  /** Removes the earliest wake-up and returns its task index. */
  int poll() {
    int task = (int) (heap[0] & INDEX_MASK);
    long last = heap[--size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= last) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    if (size > 0) {
      heap[i] = last;
    }
    return task;
  }
}
