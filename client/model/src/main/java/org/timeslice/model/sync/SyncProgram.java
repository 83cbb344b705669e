package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * An immutable, validated shared-memory program: shared variables, synchronization objects, threads (each a
 * list of {@link Op}s) and the {@link SwitchPoints} profile. Build one with {@link #builder()}.
 *
 * <p>Objects are referred to by name in ops and by index (declaration order, per kind) in
 * {@link SyncState}. Every bound is in {@link Limits}; breaking one throws
 * {@link InvalidScenarioException} naming the field.
 */
public final class SyncProgram {
  /** The kinds of named things a program declares. */
  public enum Kind { VARIABLE, MUTEX, SEMAPHORE, QUEUE, CONDITION, EVENT }

  private final String title;
  private final SwitchPoints switchPoints;
  private final Map<Kind, List<String>> names;
  private final int[] varInit;
  private final boolean[] reentrant;
  private final int[] semInit;
  private final int[] queueCapacity;
  private final boolean[] eventInit;
  private final List<String> threadNames;
  private final List<List<Op>> programs;
  private final int[][] objIndex;
  private final int[][] obj2Index;

  private SyncProgram(Builder b) {
    this.title = b.title;
    this.switchPoints = b.switchPoints;
    Map<Kind, List<String>> n = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      n.put(k, Collections.unmodifiableList(new ArrayList<>(b.declared(k).keySet())));
    }
    this.names = Collections.unmodifiableMap(n);
    this.varInit = ints(b.declared(Kind.VARIABLE));
    this.reentrant = bools(b.declared(Kind.MUTEX));
    this.semInit = ints(b.declared(Kind.SEMAPHORE));
    this.queueCapacity = ints(b.declared(Kind.QUEUE));
    this.eventInit = bools(b.declared(Kind.EVENT));
    List<String> tn = new ArrayList<>();
    List<List<Op>> progs = new ArrayList<>();
    for (ThreadBuilder tb : b.threads) {
      tn.add(tb.name());
      progs.add(Collections.unmodifiableList(tb.resolve()));
    }
    this.threadNames = Collections.unmodifiableList(tn);
    this.programs = Collections.unmodifiableList(progs);
    this.objIndex = new int[progs.size()][];
    this.obj2Index = new int[progs.size()][];
    validate();
  }

  private static int[] ints(Map<String, Integer> m) {
    int[] out = new int[m.size()];
    int i = 0;
    for (Integer v : m.values()) {
      out[i++] = v;
    }
    return out;
  }

  private static boolean[] bools(Map<String, Integer> m) {
    boolean[] out = new boolean[m.size()];
    int i = 0;
    for (Integer v : m.values()) {
      out[i++] = v != 0;
    }
    return out;
  }

  private void validate() {
    if (threadNames.isEmpty() || threadNames.size() > Limits.MAX_SYNC_THREADS) {
      throw new InvalidScenarioException("threads", "1.." + Limits.MAX_SYNC_THREADS,
          "a sync program needs 1.." + Limits.MAX_SYNC_THREADS + " threads, not " + threadNames.size());
    }
    for (Kind k : Kind.values()) {
      if (names.get(k).size() > Limits.MAX_SYNC_OBJECTS) {
        throw new InvalidScenarioException(k.name().toLowerCase(), "0.." + Limits.MAX_SYNC_OBJECTS,
            "too many " + k.name().toLowerCase() + " declarations: " + names.get(k).size());
      }
    }
    for (int t = 0; t < programs.size(); t++) {
      List<Op> ops = programs.get(t);
      String field = "threads[" + t + "].ops";
      if (ops.isEmpty() || ops.size() > Limits.MAX_SYNC_OPS_PER_THREAD) {
        throw new InvalidScenarioException(field, "1.." + Limits.MAX_SYNC_OPS_PER_THREAD,
            "thread " + threadNames.get(t) + " needs 1.." + Limits.MAX_SYNC_OPS_PER_THREAD + " ops, not "
                + ops.size());
      }
      objIndex[t] = new int[ops.size()];
      obj2Index[t] = new int[ops.size()];
      for (int i = 0; i < ops.size(); i++) {
        validateOp(t, i, ops.get(i), field + "[" + i + "]");
      }
    }
  }

  private void validateOp(int t, int i, Op op, String field) {
    Kind kind = kindOf(op.code());
    objIndex[t][i] = kind == null ? -1 : indexOf(kind, op.name(), field);
    obj2Index[t][i] = op.code() == OpCode.WAIT ? indexOf(Kind.MUTEX, op.name2(), field) : -1;
    boolean needsReg = switch (op.code()) {
      case LOAD, STORE, ADD, ADD_REG, SET, CALL, JUMP_IF_ZERO, JUMP_IF_NONZERO, JUMP_IF_GREATER, TRY_LOCK,
          PUT, TAKE -> true;
      default -> false;
    };
    checkReg(op.reg(), needsReg || op.code() == OpCode.ATOMIC_ADD, needsReg, field);
    checkReg(op.reg2(), op.code() == OpCode.ADD_REG, op.code() == OpCode.ADD_REG, field);
    int size = programs.get(t).size();
    if (op.code().isJump() && (op.target() < 0 || op.target() > size)) {
      throw new InvalidScenarioException(field + ".target", "0.." + size, "jump target out of range");
    }
  }

  private static void checkReg(int reg, boolean allowed, boolean required, String field) {
    int max = Limits.SYNC_REGISTERS - 1;
    boolean ok = allowed ? (reg >= 0 ? reg <= max : !required) : reg == -1;
    if (!ok) {
      throw new InvalidScenarioException(field + ".reg", "0.." + max, "bad register r" + reg + " at " + field);
    }
  }

  private int indexOf(Kind kind, String name, String field) {
    int idx = name == null ? -1 : names.get(kind).indexOf(name);
    if (idx < 0) {
      throw new InvalidScenarioException(field, "a declared " + kind.name().toLowerCase(),
          field + " uses " + name + ", which is not a declared " + kind.name().toLowerCase());
    }
    return idx;
  }

  /** The kind of object an op's {@code name} refers to, or null for local ops. */
  static Kind kindOf(OpCode code) {
    return switch (code) {
      case LOAD, STORE, ATOMIC_ADD -> Kind.VARIABLE;
      case LOCK, UNLOCK, TRY_LOCK -> Kind.MUTEX;
      case ACQUIRE, RELEASE -> Kind.SEMAPHORE;
      case PUT, TAKE -> Kind.QUEUE;
      case WAIT, SIGNAL, BROADCAST -> Kind.CONDITION;
      case SET_EVENT, CLEAR_EVENT, WAIT_EVENT -> Kind.EVENT;
      default -> null;
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  public String title() { return title; }

  public SwitchPoints switchPoints() { return switchPoints; }

  /** Declared names of one kind, in declaration order (their index is their position). */
  public List<String> names(Kind kind) { return names.get(kind); }

  public int threadCount() { return threadNames.size(); }

  public List<String> threadNames() { return threadNames; }

  /** Thread {@code t}'s ops. */
  public List<Op> ops(int t) { return programs.get(t); }

  public int initialValue(int var) { return varInit[var]; }

  public boolean isReentrant(int mutex) { return reentrant[mutex]; }

  public int initialPermits(int sem) { return semInit[sem]; }

  public int capacity(int queue) { return queueCapacity[queue]; }

  public boolean initiallySet(int event) { return eventInit[event]; }

  /** Index of the object named by thread t's op i (in its kind's list), or -1. */
  int objectOf(int t, int i) { return objIndex[t][i]; }

  /** Index of the mutex of thread t's WAIT op i, or -1. */
  int object2Of(int t, int i) { return obj2Index[t][i]; }

  /** The same program under another switch-point profile. */
  public SyncProgram withSwitchPoints(SwitchPoints sp) {
    Builder b = toBuilder();
    b.switchPoints(sp);
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.switchPoints = switchPoints;
    for (Kind k : Kind.values()) {
      List<String> ns = names.get(k);
      for (int i = 0; i < ns.size(); i++) {
        int v = switch (k) {
          case VARIABLE -> varInit[i];
          case MUTEX -> reentrant[i] ? 1 : 0;
          case SEMAPHORE -> semInit[i];
          case QUEUE -> queueCapacity[i];
          case EVENT -> eventInit[i] ? 1 : 0;
          case CONDITION -> 0;
        };
        b.declare(k, ns.get(i), v);
      }
    }
    for (int t = 0; t < programs.size(); t++) {
      b.threads.add(ThreadBuilder.ofResolved(threadNames.get(t), programs.get(t)));
    }
    return b;
  }

  /** Collects declarations and threads; {@link #build()} validates. */
  public static final class Builder {
    private String title = "";
    private SwitchPoints switchPoints = SwitchPoints.ANY_MICRO_STEP;
    private final Map<Kind, Map<String, Integer>> declared = new LinkedHashMap<>();
    private final Map<String, Kind> allNames = new LinkedHashMap<>();
    private final List<ThreadBuilder> threads = new ArrayList<>();

    private Builder() {
      for (Kind k : Kind.values()) {
        declared.put(k, new LinkedHashMap<>());
      }
    }

    Map<String, Integer> declared(Kind k) { return declared.get(k); }

    private Builder declare(Kind kind, String name, int value) {
      if (name == null || name.isEmpty() || name.length() > Limits.MAX_NAME_LENGTH) {
        throw new InvalidScenarioException(kind.name().toLowerCase(), "1.." + Limits.MAX_NAME_LENGTH
            + " characters", "bad name: " + name);
      }
      if (allNames.containsKey(name)) {
        throw new InvalidScenarioException(kind.name().toLowerCase() + "." + name, "unique names",
            name + " is declared twice");
      }
      allNames.put(name, kind);
      declared.get(kind).put(name, value);
      return this;
    }

    public Builder title(String title) { this.title = title; return this; }

    public Builder switchPoints(SwitchPoints sp) { this.switchPoints = sp; return this; }

    public Builder variable(String name, int initial) { return declare(Kind.VARIABLE, name, initial); }

    public Builder mutex(String name) { return declare(Kind.MUTEX, name, 0); }

    public Builder reentrantLock(String name) { return declare(Kind.MUTEX, name, 1); }

    public Builder semaphore(String name, int permits) {
      range("semaphore." + name, permits, 0, Limits.MAX_SYNC_SEMAPHORE_COUNT);
      return declare(Kind.SEMAPHORE, name, permits);
    }

    public Builder queue(String name, int capacity) {
      range("queue." + name, capacity, 1, Limits.MAX_SYNC_QUEUE_CAPACITY);
      return declare(Kind.QUEUE, name, capacity);
    }

    public Builder condition(String name) { return declare(Kind.CONDITION, name, 0); }

    public Builder event(String name, boolean initiallySet) {
      return declare(Kind.EVENT, name, initiallySet ? 1 : 0);
    }

    /** Starts a new thread (threads are numbered in the order they are started). */
    public ThreadBuilder thread(String name) {
      ThreadBuilder tb = new ThreadBuilder(name);
      threads.add(tb);
      return tb;
    }

    public SyncProgram build() { return new SyncProgram(this); }

    private static void range(String field, int v, int min, int max) {
      if (v < min || v > max) {
        throw new InvalidScenarioException(field, min + ".." + max, field + " must be in " + min + ".." + max
            + ", not " + v);
      }
    }
  }
}
