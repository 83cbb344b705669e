package org.timeslice.server.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed catalogue of {@code /api/run}: runtimes, workloads and execution models, each with its wire name.
 * Nothing outside this catalogue can ever be run (docs/api-run.md, "Catalogue").
 */
public final class Catalogue {
  private Catalogue() {}

  /** Where a workload runs. */
  public enum RunRuntime {
    PYTHON("python"),
    JVM("jvm");

    private final String wireName;

    RunRuntime(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** What a worker does. Sizes are in {@link RunConfig#MAX_SIZE} units, size 1 ≈ 0.1 s sequentially. */
  public enum Workload {
    /** A pure-interpreter (or pure-bytecode) arithmetic loop. */
    CPU("cpu"),
    /** Five sleeps per worker. */
    IO("io"),
    /** Five rounds of (compute, sleep), half of each. */
    MIXED("mixed"),
    /** Unsynchronised read-modify-write of one shared counter: updates can be lost. */
    COUNTER("counter"),
    /** The same increments under a lock: the final value is exactly the number of increments. */
    COUNTER_LOCKED("counter-locked");

    private final String wireName;

    Workload(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public boolean isCounter() {
      return this == COUNTER || this == COUNTER_LOCKED;
    }
  }

  /** How the workers are executed. */
  public enum Model {
    SEQUENTIAL("sequential", true, true),
    THREADS("threads", true, true),
    PROCESSES("processes", true, false),
    ASYNCIO("asyncio", true, false),
    VIRTUAL_THREADS("virtual-threads", false, true);

    private final String wireName;
    private final boolean python;
    private final boolean jvm;

    Model(String wireName, boolean python, boolean jvm) {
      this.wireName = wireName;
      this.python = python;
      this.jvm = jvm;
    }

    public String wireName() {
      return wireName;
    }

    /** Whether the catalogue has this model for {@code runtime} (availability on this host is separate). */
    public boolean existsFor(RunRuntime runtime) {
      return runtime == RunRuntime.PYTHON ? python : jvm;
    }
  }

  /** The wire names of {@code values}, in declaration order. */
  public static List<String> wireNames(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(wireName(value));
    }
    return names;
  }

  /** The models the catalogue has for {@code runtime}, in declaration order. */
  public static List<Model> modelsFor(RunRuntime runtime) {
    List<Model> models = new ArrayList<>();
    for (Model model : Model.values()) {
      if (model.existsFor(runtime)) {
        models.add(model);
      }
    }
    return models;
  }

  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} whose wire name is {@code name}, or null. */
  static <E extends Enum<E>> E byWireName(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (wireName(value).equals(name)) {
        return value;
      }
    }
    return null;
  }
}
