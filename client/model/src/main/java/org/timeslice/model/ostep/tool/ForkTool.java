package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.process.ProcessTree;

/**
 * OSTEP's {@code cpu-api/fork.py}: random (or given) forks and exits of a process tree, shown as actions to
 * guess the tree from, or as trees to guess the actions from ({@code -t}).
 *
 * <p>How this works: the tree itself is {@link ProcessTree} (a fork appends the child to its parent; an exit
 * hands every descendant to the root, flattened, or with {@code -R} the children to the exiting process's
 * parent). This class adds what is fork.py's own: the action list ({@code -A a+b,b-} or drawn with
 * {@code random()}: a fork with probability {@code -f}, else an exit of a random process other than the
 * root, from a list that ignores {@code -L}), process names {@code a}..{@code z}, {@code A}..{@code Z},
 * then two letters, the leaf-only rule, and the four print styles. Without {@code -s} the tool seeds from
 * the operating system; here an unseeded run draws as {@code random.seed(-1)} would, so it is repeatable.
 *
 * <p>One deliberate difference: an {@code -A} action that forks a name already in use (the tool then
 * keeps one set of children for two processes, or loops forever printing a process that is its own child)
 * is refused with status 2.
 */
final class ForkTool {
  private static final String TOOL = "cpu-api/fork.py";
  private static final String PROG = "fork.py";
  private static final String BASE_NAMES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ROOT_NAME = "a";

  private final Out out;
  private final ProcessTree tree = new ProcessTree(ROOT_NAME);
  /** Live processes by name, as the tool's {@code process_list} finds them. */
  private final Map<String, Integer> pids = new LinkedHashMap<>();
  private final String style;
  private final boolean localReparent;
  private List<String> currNames = new ArrayList<>();
  private int currIndex = 1;

  private ForkTool(Out out, String style, boolean localReparent) {
    this.out = out;
    this.style = style;
    this.localReparent = localReparent;
    pids.put(ROOT_NAME, ProcessTree.ROOT);
    for (int k = 0; k < BASE_NAMES.length(); k++) {
      currNames.add(String.valueOf(BASE_NAMES.charAt(k)));
    }
  }

  static OptParse parser() {
    return new OptParse(TOOL)
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.valueOf(-1))
        .add("-f", "--forks", OptParse.Type.FLOAT, "fork_percentage", 0.7)
        .add("-A", "--action_list", OptParse.Type.STRING, "action_list", "")
        .add("-a", "--actions", OptParse.Type.INT, "actions", BigInteger.valueOf(5))
        .add("-t", "--show_tree", OptParse.Type.FLAG, "show_tree", false)
        .add("-P", "--print_style", OptParse.Type.STRING, "print_style", "fancy")
        .add("-F", "--final_only", OptParse.Type.FLAG, "just_final", false)
        .add("-L", "--leaf_only", OptParse.Type.FLAG, "leaf_only", false)
        .add("-R", "--local_reparent", OptParse.Type.FLAG, "local_reparent", false)
        .add("-c", "--compute", OptParse.Type.FLAG, "solve", false);
  }

  static void run(List<String> args, Out out) {
    OptParse.Values o = parser().parse(args);
    BigInteger seed = o.integer("seed");
    PythonRandom random = PythonRandom.seeded(seed);
    double forkPercentage = o.number("fork_percentage");
    if (forkPercentage <= 0.001) {
      throw ToolExit.printing("fork_percentage must be > 0.001", 1);
    }
    out.line("");
    for (String name : List.of("seed", "fork_percentage", "actions", "action_list", "show_tree",
        "just_final", "leaf_only", "local_reparent", "print_style", "solve")) {
      out.words("ARG " + name, o.shown(name));
    }
    out.line("");
    ForkTool forker = new ForkTool(out, o.string("print_style"), o.flag("local_reparent"));
    forker.run(o, random, forkPercentage);
  }

  private void run(OptParse.Values o, PythonRandom random, double forkPercentage) {
    boolean showTree = o.flag("show_tree");
    boolean justFinal = o.flag("just_final");
    boolean solve = o.flag("solve");
    out.line("                           Process Tree:");
    printTree();
    out.line("");
    String given = o.string("action_list");
    List<String> actions = given.isEmpty() ? generate(random, forkPercentage, o.integer("actions"))
        : Py.split(given, ',');
    for (String a : actions) {
      String action = act(a, o.flag("leaf_only"));
      if (showTree) {
        out.line(solve ? "Action: " + action : "Action?");
        if (!justFinal) {
          printTree();
        }
      } else {
        out.line("Action: " + action);
        if (!justFinal) {
          if (solve) {
            printTree();
          } else {
            out.line("Process Tree?");
          }
        }
      }
    }
    if (justFinal) {
      if (showTree || solve) {
        out.line("\n                        Final Process Tree:");
        printTree();
        out.line("");
      } else {
        out.line("\n                        Final Process Tree?\n");
      }
    }
  }

  /** The tool's random action list: it tracks the processes on its own and never tries to exit the root. */
  private List<String> generate(PythonRandom random, double forkPercentage, BigInteger count) {
    long wanted = count.signum() <= 0 ? 0 : count.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    List<String> actions = new ArrayList<>();
    List<String> live = new ArrayList<>();
    live.add(ROOT_NAME);
    long draws = 0;
    while (actions.size() < wanted) {
      if (++draws > Limits.MAX_OSTEP_DRAWS || actions.size() >= Limits.MAX_OSTEP_DRAWS / 10) {
        throw new SimulationLimitException("args", "-a and -f: at most " + Limits.MAX_OSTEP_DRAWS
            + " draws", "fork.py would draw more than " + Limits.MAX_OSTEP_DRAWS
            + " random numbers for these -a and -f (Limits.MAX_OSTEP_DRAWS)");
      }
      if (random.random() < forkPercentage) {
        String parent = live.get(randint(random, live.size() - 1));
        String child = newName();
        actions.add(parent + "+" + child);
        live.add(child);
      } else {
        String exiting = live.get(randint(random, live.size() - 1));
        if (exiting.equals(ROOT_NAME)) {
          continue;
        }
        live.remove(exiting);
        actions.add(exiting + "-");
      }
    }
    return actions;
  }

  /** fork.py's {@code random_randint(0, hi)}: {@code int(random() * (hi + 1))}. */
  private static int randint(PythonRandom random, int hi) {
    return (int) (random.random() * (hi + 1));
  }

  /** fork.py's names: a..z, A..Z, then every two-letter name, and so on. */
  private String newName() {
    if (currIndex == currNames.size()) {
      List<String> grown = new ArrayList<>();
      for (String b1 : currNames) {
        for (int k = 0; k < BASE_NAMES.length(); k++) {
          grown.add(b1 + BASE_NAMES.charAt(k));
        }
      }
      currNames = grown;
      currIndex = 0;
    }
    return currNames.get(currIndex++);
  }

  /** Checks and performs one action; returns the text the tool shows for it. */
  private String act(String action, boolean leafOnly) {
    if (action.indexOf('+') >= 0) {
      List<String> parts = Py.split(action, '+');
      if (parts.size() != 2) {
        throw badAction(action);
      }
      String parent = parts.get(0);
      String child = parts.get(1);
      if (!pids.containsKey(parent)) {
        throw badAction(action);
      }
      if (pids.containsKey(child)) {
        throw new ToolExit(2, PROG + ": action " + action + " forks a process named " + child
            + ", but a process of that name is running; every running process needs its own name"
            + " (fork.py itself would print a broken tree)\n", "");
      }
      pids.put(child, tree.fork(pids.get(parent), child));
      return parent + " forks " + child;
    }
    if (action.indexOf('-') < 0) {
      throw badAction(action);
    }
    List<String> parts = Py.split(action, '-');
    if (parts.size() != 2) {
      throw badAction(action);
    }
    String exiting = parts.get(0);
    Integer pid = pids.get(exiting);
    if (pid == null) {
      throw badAction(action);
    }
    if (leafOnly && !tree.children(pid).isEmpty()) {
      return exiting + " EXITS (failed: has children)";
    }
    if (pid == ProcessTree.ROOT) {
      throw ToolExit.printing("root process: cannot exit", 1);
    }
    tree.exit(pid, localReparent ? ProcessTree.Adoption.PARENT : ProcessTree.Adoption.ROOT_ALL_DESCENDANTS);
    pids.remove(exiting);
    return exiting + " EXITS";
  }

  private static ToolExit badAction(String action) {
    return ToolExit.printing("bad action (" + action + "), must be X+Y or X- where X and Y are processes", 1);
  }

  // ---------------------------------------------------------------- printing (fork.py's walk)

  private void printTree() {
    walk(ProcessTree.ROOT, 0, new ArrayList<>(), false);
  }

  private void walk(int pid, int level, List<Boolean> pmask, boolean isLast) {
    if (level > Limits.MAX_FORK_TREE_DEPTH) {
      throw new SimulationLimitException("args", "a tree at most " + Limits.MAX_FORK_TREE_DEPTH
          + " levels deep", "the process tree is more than " + Limits.MAX_FORK_TREE_DEPTH
          + " levels deep (Limits.MAX_FORK_TREE_DEPTH; fork.py itself stops near 1,000 levels with a"
          + " RecursionError)");
    }
    out.print("                               ");
    String name = tree.name(pid);
    if (style.equals("basic")) {
      for (int i = 0; i < level; i++) {
        out.print("   ");
      }
      out.line(Py.pad(name, 2));
      for (int child : tree.children(pid)) {
        walk(child, level + 1, new ArrayList<>(), false);
      }
      return;
    }
    String[] chars = chars(style);
    if (level > 0) {
      for (int i = 0; i < level - 1; i++) {
        out.print(mask(pmask, i) ? chars[0] + "   " : "    ");
      }
      if (mask(pmask, level - 1)) {
        out.print((isLast ? chars[3] : chars[2]) + chars[1] + chars[1] + " ");
      } else {
        out.print(" " + chars[1] + chars[1] + chars[1] + " ");
      }
    }
    out.line(name);
    if (isLast) {
      setMask(pmask, level - 1, false);
    }
    setMask(pmask, level, true);
    List<Integer> kids = tree.children(pid);
    for (int k = 0; k < kids.size(); k++) {
      walk(kids.get(k), level + 1, pmask, k == kids.size() - 1);
    }
  }

  private String[] chars(String name) {
    switch (name) {
      case "line1":
        return new String[] {"|", "-", "+", "|"};
      case "line2":
        return new String[] {"|", "_", "|", "|"};
      case "fancy":
        return new String[] {"\u2502", "\u2500", "\u251c", "\u2514"};
      default:
        throw ToolExit.printing("bad style " + name, 1);
    }
  }

  /** fork.py's {@code pmask}: per level, whether a vertical line continues there (set before it is read). */
  private static boolean mask(List<Boolean> pmask, int i) {
    return pmask.get(i);
  }

  private static void setMask(List<Boolean> pmask, int i, boolean value) {
    while (pmask.size() <= i) {
      pmask.add(Boolean.FALSE);
    }
    pmask.set(i, value);
  }
}
