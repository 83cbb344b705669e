package org.timeslice.model.scenario;

/** One step of a task's program: {@code kind} for {@code ticks} ticks (e.g. {@code {"io": 3}}). */
public record Op(OpKind kind, int ticks) {
  public static Op cpu(int ticks) {
    return new Op(OpKind.CPU, ticks);
  }

  public static Op io(int ticks) {
    return new Op(OpKind.IO, ticks);
  }
}
