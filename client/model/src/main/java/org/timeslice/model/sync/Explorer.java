package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * Exhaustive mode: visits every state reachable under every interleaving the program's
 * {@link SwitchPoints} allow, merging identical machine states, and lists each distinct outcome with the
 * number of complete schedules that reach it and one witness schedule.
 *
 * <p>How this works: an iterative depth-first search over the state graph (threads tried in ascending
 * order, so the search and its witnesses are deterministic). Identical states are merged, so the graph is
 * small even when the schedules are many; the schedules are then counted without enumerating them, by
 * counting paths in topological order (valid only if the graph has no cycle, which the search detects).
 * The hash map is only ever looked up, never iterated, so nothing observable depends on its order.
 */
public final class Explorer {
  /** The label of an end where a wait-for cycle blocks every remaining thread. */
  public static final String DEADLOCK = "deadlock";
  /** The label of an end where threads wait forever without a cycle (a killed owner, a lost signal). */
  public static final String STUCK = "stuck";
  /** The label of a finished run of a program without variables. */
  public static final String FINISHED = "finished";
  /** A generous state budget (the tests use it; the page uses a smaller one to stay responsive). */
  public static final int DEFAULT_MAX_STATES = 200_000;

  private final SyncProgram program;
  private final Layout layout;
  private final List<String> observed;
  private final int maxStates;
  private final Map<Key, Integer> ids = new HashMap<>();
  private final List<int[]> cores = new ArrayList<>();
  private final List<int[]> successors = new ArrayList<>();
  /** Per state: the threads that may step, computed once when the state is expanded. */
  private final List<int[]> choiceLists = new ArrayList<>();
  private final List<String> endLabels = new ArrayList<>();
  private int[] parent = new int[64];
  private int[] parentChoice = new int[64];
  private boolean truncated;
  private boolean cyclic;

  private Explorer(SyncProgram program, List<String> observed, int maxStates) {
    this.program = program;
    this.layout = SyncMachine.initial(program).layout();
    this.observed = observed.isEmpty() ? program.names(SyncProgram.Kind.VARIABLE) : observed;
    this.maxStates = maxStates;
  }

  /**
   * Explores {@code program}.
   *
   * @param observed the variables an outcome is made of (empty: all of them)
   * @param maxStates the state budget, 1..{@link Limits#MAX_EXPLORED_STATES}
   */
  public static Exploration explore(SyncProgram program, List<String> observed, int maxStates) {
    if (maxStates < 1 || maxStates > Limits.MAX_EXPLORED_STATES) {
      throw new InvalidScenarioException("maxStates", "1.." + Limits.MAX_EXPLORED_STATES,
          "the state budget must be in 1.." + Limits.MAX_EXPLORED_STATES + ", not " + maxStates);
    }
    for (String v : observed) {
      if (!program.names(SyncProgram.Kind.VARIABLE).contains(v)) {
        throw new InvalidScenarioException("observed", "declared variables", v + " is not a declared variable");
      }
    }
    return new Explorer(program, observed, maxStates).run();
  }

  private Exploration run() {
    SyncState start = SyncMachine.initial(program);
    List<Integer> postOrder = search(start);
    long[] paths = cyclic ? null : countPaths(postOrder);
    Map<String, long[]> byLabel = new TreeMap<>(); // label -> {interleavings, end states, witness state}
    for (int id = 0; id < cores.size(); id++) {
      String label = endLabels.get(id);
      if (label == null) {
        continue;
      }
      long[] agg = byLabel.computeIfAbsent(label, k -> new long[] {0, 0, -1});
      agg[0] = cyclic ? -1 : saturatingAdd(agg[0], paths[id]);
      agg[1]++;
      if (agg[2] < 0) {
        agg[2] = id;
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<Outcome> failures = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, long[]> e : byLabel.entrySet()) {
      long[] agg = e.getValue();
      Outcome o = new Outcome(e.getKey(), agg[0], (int) agg[1], witness((int) agg[2]));
      (o.isFailure() ? failures : outcomes).add(o);
      total = saturatingAdd(total, agg[0]);
    }
    outcomes.addAll(failures);
    return new Exploration(Collections.unmodifiableList(outcomes), cores.size(), truncated, cyclic,
        cyclic ? -1 : total);
  }

  /** Depth-first search from {@code start}; returns the states in post-order. */
  private List<Integer> search(SyncState start) {
    List<Integer> post = new ArrayList<>();
    byte[] color = new byte[16]; // 0 unseen, 1 on the stack, 2 done
    add(normalize(start.core()), -1, -1);
    int[] stack = new int[16];
    int[] next = new int[16];
    int depth = 0;
    stack[0] = 0;
    color = grow(color, 1);
    color[0] = 1;
    expand(0);
    while (depth >= 0) {
      int s = stack[depth];
      int[] succ = successors.get(s);
      if (next[depth] < succ.length) {
        int i = next[depth]++;
        int child = childOf(s, i);
        succ[i] = child;
        if (child < 0) {
          continue;
        }
        color = grow(color, child + 1);
        if (color[child] == 1) {
          cyclic = true;
        } else if (color[child] == 0) {
          color[child] = 1;
          expand(child);
          depth++;
          if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            next = Arrays.copyOf(next, depth * 2);
          }
          stack[depth] = child;
          next[depth] = 0;
        }
      } else {
        color[s] = 2;
        post.add(s);
        depth--;
      }
    }
    return post;
  }

  /** Prepares state id's successor slots (one per choice) and its end label if it has no choices. */
  private void expand(int id) {
    SyncState s = stateOf(id);
    int[] choices = SyncMachine.choices(s);
    int[] succ = new int[choices.length];
    Arrays.fill(succ, -2);
    successors.set(id, succ);
    choiceLists.set(id, choices);
    if (choices.length == 0) {
      endLabels.set(id, label(s));
    }
  }

  /** The state reached from state s by its i-th choice: its id, or -1 if the budget is spent. */
  private int childOf(int s, int i) {
    SyncState state = stateOf(s);
    int thread = choiceLists.get(s)[i];
    int[] core;
    try {
      core = normalize(SyncMachine.step(state, thread).state().core());
    } catch (SyncProgramException e) {
      return errorState(s, thread, e.getMessage());
    }
    Integer known = ids.get(new Key(core));
    if (known != null) {
      return known;
    }
    if (cores.size() >= maxStates) {
      truncated = true;
      return -1;
    }
    return add(core, s, thread);
  }

  /** A program error (e.g. unlocking a mutex it does not own) ends that schedule with an error outcome. */
  private int errorState(int s, int thread, String message) {
    int[] marker = Arrays.copyOf(stateOf(s).core(), layout.coreLength + 1);
    marker[layout.coreLength] = thread + 1; // distinct from every real state
    Integer known = ids.get(new Key(marker));
    if (known != null) {
      return known;
    }
    int id = add(marker, s, thread);
    successors.set(id, new int[0]);
    endLabels.set(id, "error: " + message);
    return id;
  }

  private int add(int[] core, int from, int thread) {
    int id = cores.size();
    ids.put(new Key(core), id);
    cores.add(core);
    successors.add(null);
    choiceLists.add(null);
    endLabels.add(null);
    if (id >= parent.length) {
      parent = Arrays.copyOf(parent, id * 2);
      parentChoice = Arrays.copyOf(parentChoice, id * 2);
    }
    parent[id] = from;
    parentChoice[id] = thread;
    return id;
  }

  /**
   * Where any thread may take any next step, which thread stepped last changes nothing that can happen
   * next (only whether the next step preempts it): forget it, so states that differ only there merge.
   * Under CPython 3.11 it decides who may step, so it stays.
   */
  private int[] normalize(int[] core) {
    if (program.switchPoints() == SwitchPoints.CPYTHON_311) {
      return core;
    }
    int[] out = core.clone();
    out[Layout.CURRENT] = -1;
    int running = org.timeslice.model.lifecycle.State.RUNNING.ordinal();
    int ready = org.timeslice.model.lifecycle.State.READY.ordinal();
    for (int t = 0; t < layout.threads; t++) {
      if (out[layout.thread(t, Layout.T_STATE)] == running) {
        out[layout.thread(t, Layout.T_STATE)] = ready;
      }
    }
    return out;
  }

  private SyncState stateOf(int id) {
    int[] core = cores.get(id);
    if (core.length != layout.coreLength) {
      core = Arrays.copyOf(core, layout.coreLength);
    }
    return new SyncState(program, layout, core, new int[layout.statsLength]);
  }

  /** Complete schedules through each state: paths from the start, summed in topological order. */
  private long[] countPaths(List<Integer> postOrder) {
    long[] paths = new long[cores.size()];
    paths[0] = 1;
    for (int k = postOrder.size() - 1; k >= 0; k--) {
      int s = postOrder.get(k);
      for (int child : successors.get(s)) {
        if (child >= 0) {
          paths[child] = saturatingAdd(paths[child], paths[s]);
        }
      }
    }
    return paths;
  }

  private List<Integer> witness(int id) {
    List<Integer> out = new ArrayList<>();
    for (int s = id; parent[s] >= 0; s = parent[s]) {
      out.add(parentChoice[s]);
    }
    Collections.reverse(out);
    return Collections.unmodifiableList(out);
  }

  /** The label of a final state. */
  String label(SyncState s) {
    if (s.isStuck()) {
      return WaitForGraph.of(s).hasDeadlock() ? DEADLOCK : STUCK;
    }
    return labelOf(s, observed);
  }

  /** {@code "x = 1, y = 2"} for the given variables of {@code s} ({@link #FINISHED} for none). */
  public static String labelOf(SyncState s, List<String> variables) {
    StringBuilder sb = new StringBuilder();
    for (String v : variables) {
      sb.append(sb.length() == 0 ? "" : ", ").append(v).append(" = ").append(s.variable(v));
    }
    return sb.length() == 0 ? FINISHED : sb.toString();
  }

  private static byte[] grow(byte[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private static long saturatingAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  /** An int[] compared by content, for the state map. */
  private static final class Key {
    private final int[] core;
    private final int hash;

    Key(int[] core) {
      this.core = core;
      this.hash = Arrays.hashCode(core);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(core, k.core);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
