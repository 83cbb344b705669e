package org.timeslice.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.process.ProcessTree.Adoption;
import org.timeslice.model.process.ProcessTree.Event;
import org.timeslice.model.process.ProcessTree.EventKind;

class ProcessTreeTest {

  /** a forks b and c; b forks d and e; d forks f. Pids: a1 b2 c3 d4 e5 f6. */
  private static ProcessTree sample() {
    ProcessTree t = new ProcessTree("a");
    int b = t.fork(ProcessTree.ROOT, "b");
    t.fork(ProcessTree.ROOT, "c");
    int d = t.fork(b, "d");
    t.fork(b, "e");
    t.fork(d, "f");
    return t;
  }

  private static String shape(ProcessTree t, int pid) {
    StringBuilder s = new StringBuilder(t.name(pid));
    if (!t.children(pid).isEmpty()) {
      s.append('(');
      List<String> kids = new ArrayList<>();
      for (int c : t.children(pid)) {
        kids.add(shape(t, c));
      }
      s.append(String.join(" ", kids)).append(')');
    }
    return s.toString();
  }

  @Test
  void forkAppendsChildrenInOrderWithPidsInForkOrder() {
    ProcessTree t = sample();
    assertEquals("a(b(d(f) e) c)", shape(t, ProcessTree.ROOT));
    assertEquals(List.of(1, 2, 3, 4, 5, 6), t.live());
    assertEquals(2, t.parent(4));
    assertEquals(0, t.parent(ProcessTree.ROOT));
  }

  @Test
  void unixAdoptionGivesTheChildrenToTheRootWithTheirSubtrees() {
    ProcessTree t = sample();
    t.exit(2, Adoption.ROOT);
    assertEquals("a(c d(f) e)", shape(t, ProcessTree.ROOT));
    assertEquals(ProcessTree.ROOT, t.parent(4));
    assertFalse(t.isAlive(2));
  }

  @Test
  void forkPyDefaultFlattensEveryDescendantUnderTheRootDepthFirst() {
    ProcessTree t = sample();
    t.exit(2, Adoption.ROOT_ALL_DESCENDANTS);
    assertEquals("a(c d f e)", shape(t, ProcessTree.ROOT));
    assertEquals(ProcessTree.ROOT, t.parent(6));
  }

  @Test
  void localReparentGivesTheChildrenToTheExitingProcesssParent() {
    ProcessTree t = sample();
    t.exit(4, Adoption.PARENT);
    assertEquals("a(b(e f) c)", shape(t, ProcessTree.ROOT));
    assertEquals(2, t.parent(6));
  }

  @Test
  void everyChangeIsAnEventInOrder() {
    ProcessTree t = sample();
    t.exit(2, Adoption.ROOT);
    List<Event> events = t.events();
    assertEquals(new Event(EventKind.FORK, 2, 0, 1), events.get(0));
    assertEquals(List.of(new Event(EventKind.ADOPT, 4, 2, 1), new Event(EventKind.ADOPT, 5, 2, 1),
        new Event(EventKind.EXIT, 2, 1, 0)), events.subList(5, 8));
  }

  @Test
  void theRootAndDeadProcessesCannotExitOrFork() {
    ProcessTree t = sample();
    assertThrows(IllegalArgumentException.class, () -> t.exit(ProcessTree.ROOT, Adoption.ROOT));
    t.exit(3, Adoption.ROOT);
    assertThrows(IllegalArgumentException.class, () -> t.exit(3, Adoption.ROOT));
    assertThrows(IllegalArgumentException.class, () -> t.fork(3, "x"));
    assertThrows(IllegalArgumentException.class, () -> t.fork(99, "x"));
    assertTrue(t.children(3).isEmpty());
  }

  @Test
  void aLongChainIsWalkedWithoutRecursion() {
    ProcessTree t = new ProcessTree("root");
    int p = ProcessTree.ROOT;
    for (int k = 0; k < 100_000; k++) {
      p = t.fork(p, "p" + k);
    }
    assertEquals(100_000, t.descendants(ProcessTree.ROOT).size());
    t.exit(2, Adoption.ROOT_ALL_DESCENDANTS);
    assertEquals(99_999, t.children(ProcessTree.ROOT).size());
  }
}
