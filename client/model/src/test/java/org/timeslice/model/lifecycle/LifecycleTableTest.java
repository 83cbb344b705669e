package org.timeslice.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.fsm.IllegalTransitionException;
import org.timeslice.model.fsm.TransitionTable;

class LifecycleTableTest {
  private static final List<TransitionTable.Row<State, Event>> EXPECTED = List.of(
      new TransitionTable.Row<>(State.NEW, Event.ADMITTED, State.READY),
      new TransitionTable.Row<>(State.READY, Event.DISPATCHED, State.RUNNING),
      new TransitionTable.Row<>(State.RUNNING, Event.PREEMPTED, State.READY),
      new TransitionTable.Row<>(State.RUNNING, Event.YIELDED, State.READY),
      new TransitionTable.Row<>(State.RUNNING, Event.IO_REQUESTED, State.WAITING),
      new TransitionTable.Row<>(State.WAITING, Event.IO_COMPLETED, State.READY),
      new TransitionTable.Row<>(State.RUNNING, Event.BLOCKED_ON_LOCK, State.WAITING),
      new TransitionTable.Row<>(State.WAITING, Event.LOCK_GRANTED, State.READY),
      new TransitionTable.Row<>(State.RUNNING, Event.EXITED, State.TERMINATED));

  @Test
  void theTableDeclaresExactlyTheTextbookRowsInOrder() {
    assertEquals(EXPECTED, Lifecycle.TABLE.rows());
  }

  @Test
  void everyRowLeadsToItsTargetState() {
    for (TransitionTable.Row<State, Event> row : EXPECTED) {
      assertEquals(row.to(), Lifecycle.next(row.from(), row.event()), row.toString());
    }
  }

  @Test
  void everyUndeclaredPairThrows() {
    int undeclared = 0;
    for (State s : State.values()) {
      for (Event e : Event.values()) {
        boolean declared = EXPECTED.stream().anyMatch(r -> r.from() == s && r.event() == e);
        if (!declared) {
          undeclared++;
          assertFalse(Lifecycle.TABLE.allows(s, e));
          IllegalTransitionException ex =
              assertThrows(IllegalTransitionException.class, () -> Lifecycle.next(s, e));
          assertEquals(s.name(), ex.from());
          assertEquals(e.name(), ex.event());
        }
      }
    }
    assertEquals(State.values().length * Event.values().length - EXPECTED.size(), undeclared);
  }

  @Test
  void contextSwitchIsACoreEventAndNotALifecycleTransition() {
    for (State s : State.values()) {
      assertFalse(Lifecycle.TABLE.allows(s, Event.CONTEXT_SWITCH));
    }
  }

  @Test
  void terminatedIsFinal() {
    for (Event e : Event.values()) {
      assertFalse(Lifecycle.TABLE.allows(State.TERMINATED, e));
    }
  }
}
