package org.timeslice.model.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tree of processes that {@code fork()} and {@code exit()} build: every process but the root has a
 * parent, and children are kept in the order they joined their parent.
 *
 * <p>How this works (the Unix rule, as OSTEP's {@code cpu-api/fork.py} exercises it): {@link #fork}
 * appends a new process to its parent's children. {@link #exit} removes a process (never the root) and
 * hands its children to an adopter chosen by {@link Adoption}: the root, as {@code init} adopts orphans on
 * Unix; the exiting process's own parent, like a Linux "child subreaper"; or, as fork.py does by default,
 * the root adopts <em>every</em> descendant as a direct child, the subtree flattened in depth-first order.
 * Adopted processes join the end of their new parent's children, in their old order, before the exiting
 * process leaves its parent's list.
 *
 * <p>Processes are identified by a pid (the root is 1, then 2, 3, … in fork order, never reused); names are
 * labels and may repeat. Every change is appended to {@link #events()}, so a view can replay the tree.
 */
public final class ProcessTree {
  /** The pid of the root process. */
  public static final int ROOT = 1;

  /** Who adopts the children of an exiting process. */
  public enum Adoption {
    /** The root adopts the exiting process's children, each keeping its own subtree (Unix's init). */
    ROOT,
    /** The exiting process's parent adopts its children (fork.py {@code -R}, a "subreaper"). */
    PARENT,
    /** The root adopts every descendant, in depth-first order, each with no children (fork.py's default). */
    ROOT_ALL_DESCENDANTS
  }

  /** What happened to the tree, in order: a fork, an exit, or one adoption caused by an exit. */
  public enum EventKind {
    FORK,
    EXIT,
    ADOPT
  }

  /**
   * One change of the tree.
   *
   * @param kind what happened
   * @param pid the process it happened to (the child for {@link EventKind#FORK})
   * @param from the parent before (0 for a fork)
   * @param to the parent after (0 for an exit)
   */
  public record Event(EventKind kind, int pid, int from, int to) {}

  private final List<String> names = new ArrayList<>();
  private final List<Integer> parents = new ArrayList<>();
  private final List<List<Integer>> children = new ArrayList<>();
  private final List<Boolean> alive = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  /** A tree holding only the root process, called {@code rootName}. */
  public ProcessTree(String rootName) {
    add(rootName, 0);
  }

  private int add(String name, int parent) {
    names.add(name);
    parents.add(parent);
    children.add(new ArrayList<>());
    alive.add(true);
    return names.size(); // pids start at 1
  }

  /**
   * {@code parent} forks a child called {@code name}; returns the child's pid.
   *
   * @throws IllegalArgumentException if {@code parent} is not a live process
   */
  public int fork(int parent, String name) {
    requireAlive(parent);
    int child = add(name, parent);
    children.get(parent - 1).add(child);
    events.add(new Event(EventKind.FORK, child, 0, parent));
    return child;
  }

  /**
   * Process {@code pid} exits; its children are adopted as {@code adoption} says.
   *
   * @throws IllegalArgumentException if {@code pid} is the root or not a live process
   */
  public void exit(int pid, Adoption adoption) {
    requireAlive(pid);
    if (pid == ROOT) {
      throw new IllegalArgumentException("the root process cannot exit");
    }
    int parent = parents.get(pid - 1);
    List<Integer> orphans = adoption == Adoption.ROOT_ALL_DESCENDANTS ? descendants(pid)
        : new ArrayList<>(children.get(pid - 1));
    int adopter = adoption == Adoption.PARENT ? parent : ROOT;
    for (int orphan : orphans) {
      int from = parents.get(orphan - 1);
      if (adoption == Adoption.ROOT_ALL_DESCENDANTS) {
        children.get(orphan - 1).clear();
      }
      parents.set(orphan - 1, adopter);
      children.get(adopter - 1).add(orphan);
      events.add(new Event(EventKind.ADOPT, orphan, from, adopter));
    }
    children.get(parent - 1).remove(Integer.valueOf(pid));
    children.get(pid - 1).clear();
    alive.set(pid - 1, false);
    events.add(new Event(EventKind.EXIT, pid, parent, 0));
  }

  /** Every descendant of {@code pid}, depth first, parents before their children. */
  public List<Integer> descendants(int pid) {
    List<Integer> out = new ArrayList<>();
    collect(pid, out);
    return out;
  }

  private void collect(int pid, List<Integer> out) {
    // Iterative depth-first walk: a tree of 10,000 processes in one chain must not overflow the stack.
    List<int[]> stack = new ArrayList<>();
    stack.add(new int[] {pid, 0});
    while (!stack.isEmpty()) {
      int[] top = stack.get(stack.size() - 1);
      List<Integer> kids = children.get(top[0] - 1);
      if (top[1] == kids.size()) {
        stack.remove(stack.size() - 1);
        continue;
      }
      int child = kids.get(top[1]++);
      out.add(child);
      stack.add(new int[] {child, 0});
    }
  }

  private void requireAlive(int pid) {
    if (!isAlive(pid)) {
      throw new IllegalArgumentException("no live process with pid " + pid);
    }
  }

  /** Whether {@code pid} was forked (or is the root) and has not exited. */
  public boolean isAlive(int pid) {
    return pid >= 1 && pid <= names.size() && alive.get(pid - 1);
  }

  public String name(int pid) {
    return names.get(pid - 1);
  }

  /** The parent of a live process (0 for the root). */
  public int parent(int pid) {
    return parents.get(pid - 1);
  }

  /** The children of {@code pid}, in the order they joined it (read-only; empty once it exited). */
  public List<Integer> children(int pid) {
    return Collections.unmodifiableList(children.get(pid - 1));
  }

  /** The live processes, in pid order. */
  public List<Integer> live() {
    List<Integer> out = new ArrayList<>();
    for (int pid = 1; pid <= names.size(); pid++) {
      if (alive.get(pid - 1)) {
        out.add(pid);
      }
    }
    return out;
  }

  /** Every change since the tree was made, in order (read-only). */
  public List<Event> events() {
    return Collections.unmodifiableList(events);
  }
}
