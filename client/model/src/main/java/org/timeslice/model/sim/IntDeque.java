package org.timeslice.model.sim;

/**
 * A growable ring buffer of ints: the ready queues hold task indices without boxing, so the hot loop does
 * not allocate. Indexed access and middle insertion/removal shift elements (queues are short). The
 * capacity is a power of two, so positions wrap with a mask rather than a (slower) remainder.
 */
final class IntDeque {
  private int[] items;
  private int head;
  private int size;

  IntDeque(int capacity) {
    items = new int[Math.max(4, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1)];
  }

  IntDeque copy() {
    IntDeque c = new IntDeque(items.length);
    for (int i = 0; i < size; i++) {
      c.items[i] = get(i);
    }
    c.size = size;
    return c;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The element at position {@code i} from the front. */
  int get(int i) {
    return items[(head + i) & (items.length - 1)];
  }

  void addLast(int value) {
    grow();
    items[(head + size) & (items.length - 1)] = value;
    size++;
  }

  /** Inserts {@code value} so that it ends up at position {@code index} ({@code 0..size}). */
  void insert(int index, int value) {
    if (index == 0) {
      grow();
      head = (head - 1) & (items.length - 1);
      items[head] = value;
      size++;
      return;
    }
    addLast(value);
    for (int i = size - 1; i > index; i--) {
      set(i, get(i - 1));
    }
    set(index, value);
  }

  /** Removes and returns the element at position {@code index}. */
  int removeAt(int index) {
    int value = get(index);
    if (index == 0) {
      head = (head + 1) & (items.length - 1);
    } else {
      for (int i = index; i < size - 1; i++) {
        set(i, get(i + 1));
      }
    }
    size--;
    return value;
  }

  private void set(int i, int value) {
    items[(head + i) & (items.length - 1)] = value;
  }

  private void grow() {
    if (size < items.length) {
      return;
    }
    int[] bigger = new int[items.length * 2];
    for (int i = 0; i < size; i++) {
      bigger[i] = get(i);
    }
    items = bigger;
    head = 0;
  }
}
