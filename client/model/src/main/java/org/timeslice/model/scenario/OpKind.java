package org.timeslice.model.scenario;

/** What one op of a task's program does. JSON: the op object's single key, e.g. {@code {"cpu": 5}}. */
public enum OpKind {
  /** Compute on a core for {@code ticks} ticks. */
  CPU("cpu"),
  /** Wait {@code ticks} ticks for an I/O device, off the CPU. */
  IO("io");

  private final String jsonName;

  OpKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The key of this op in the scenario's JSON form. */
  public String jsonName() {
    return jsonName;
  }

  /** The kind whose JSON key is {@code name}, or null if there is none. */
  public static OpKind fromJsonName(String name) {
    for (OpKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
