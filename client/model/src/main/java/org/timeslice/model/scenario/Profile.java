package org.timeslice.model.scenario;

/**
 * Which rule book a run follows. {@link #NATIVE} is Timeslice's own documented semantics; the OSTEP
 * profiles reproduce exactly what the OSTEP homework simulators print (see docs/scenario-format.md).
 */
public enum Profile {
  NATIVE(null),
  OSTEP_SCHEDULER("ostep-scheduler"),
  OSTEP_PROCESS_RUN("ostep-process-run"),
  OSTEP_MLFQ("ostep-mlfq"),
  OSTEP_LOTTERY("ostep-lottery");

  private final String jsonName;

  Profile(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The value of the scenario's {@code "profile"} field, or null for {@link #NATIVE} (field omitted). */
  public String jsonName() {
    return jsonName;
  }

  /** The profile for a {@code "profile"} value; null or absent means {@link #NATIVE}; unknown → null. */
  public static Profile fromJsonName(String name) {
    if (name == null) {
      return NATIVE;
    }
    for (Profile p : values()) {
      if (name.equals(p.jsonName)) {
        return p;
      }
    }
    return null;
  }
}
