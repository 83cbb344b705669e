package org.timeslice.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.timeslice.model.core.Prng;
import org.timeslice.model.process.ProcessTree.Adoption;

/** Whatever forks and exits happen, the live processes stay one tree rooted at the root. */
class ProcessTreeProperties {

  @Property(tries = 300)
  void liveProcessesAlwaysFormOneConsistentTree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int steps,
      @ForAll Adoption adoption) {
    Prng prng = new Prng(seed);
    ProcessTree t = new ProcessTree("init");
    for (int k = 0; k < steps; k++) {
      List<Integer> live = t.live();
      int pid = live.get((int) Long.remainderUnsigned(prng.nextLong(), live.size()));
      if (pid == ProcessTree.ROOT || (prng.nextLong() & 1) == 0) {
        t.fork(pid, "p" + k);
      } else {
        int before = live.size();
        t.exit(pid, adoption);
        assertEquals(before - 1, t.live().size(), "an exit removes exactly one process (seed " + seed + ")");
      }
      check(t, seed);
    }
  }

  private static void check(ProcessTree t, long seed) {
    List<Integer> reached = new ArrayList<>();
    reached.add(ProcessTree.ROOT);
    reached.addAll(t.descendants(ProcessTree.ROOT));
    List<Integer> sorted = new ArrayList<>(reached);
    sorted.sort(null);
    assertEquals(t.live(), sorted, "every live process is reached once from the root (seed " + seed + ")");
    for (int pid : t.live()) {
      for (int child : t.children(pid)) {
        assertEquals(pid, t.parent(child), "children and parents agree (seed " + seed + ")");
        assertTrue(t.isAlive(child));
      }
    }
  }
}
