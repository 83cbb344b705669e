package org.timeslice.model.runtime;

/** One step of a Python task's program: {@code kind} for {@code ticks} ticks. */
public record PyOp(PyOpKind kind, int ticks) {
  public static PyOp cpu(int ticks) {
    return new PyOp(PyOpKind.CPU, ticks);
  }

  public static PyOp io(int ticks) {
    return new PyOp(PyOpKind.IO, ticks);
  }

  public static PyOp sleep(int ticks) {
    return new PyOp(PyOpKind.SLEEP, ticks);
  }

  public static PyOp cext(int ticks) {
    return new PyOp(PyOpKind.CEXT, ticks);
  }

  public static PyOp awaitSleep(int ticks) {
    return new PyOp(PyOpKind.AWAIT_SLEEP, ticks);
  }

  public static PyOp awaitIo(int ticks) {
    return new PyOp(PyOpKind.AWAIT_IO, ticks);
  }

  public static PyOp executor(int ticks) {
    return new PyOp(PyOpKind.EXECUTOR, ticks);
  }

  public static PyOp queuePut(int items) {
    return new PyOp(PyOpKind.QUEUE_PUT, items);
  }

  public static PyOp awaitGet(int items) {
    return new PyOp(PyOpKind.AWAIT_GET, items);
  }
}
