package org.timeslice.model.sim;

/**
 * A growable ring buffer of ints: the ready queues hold task indices without boxing, so the hot loop does
 * not allocate. Indexed access and middle insertion/removal shift elements (queues are short).
 */
final class IntDeque {
  private int[] items;
  private int head;
  private int size;

  IntDeque(int capacity) {
    items = new int[Math.max(4, capacity)];
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
    return items[(head + i) % items.length];
  }

  void addLast(int value) {
    grow();
    items[(head + size) % items.length] = value;
    size++;
  }

  /** Inserts {@code value} so that it ends up at position {@code index} ({@code 0..size}). */
  void insert(int index, int value) {
    if (index == 0) {
      grow();
      head = (head - 1 + items.length) % items.length;
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
      head = (head + 1) % items.length;
    } else {
      for (int i = index; i < size - 1; i++) {
        set(i, get(i + 1));
      }
    }
    size--;
    return value;
  }

  private void set(int i, int value) {
    items[(head + i) % items.length] = value;
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
