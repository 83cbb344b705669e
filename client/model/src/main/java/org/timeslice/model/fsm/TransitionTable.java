package org.timeslice.model.fsm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A finite state machine declared as data: a table of (state, event) → next state over two enums.
 *
 * <p>The table is the documentation: the UI draws diagrams from {@link #rows()}, tests cover every row,
 * and the simulator asks {@link #next} for every change. An (state, event) pair that is not in the table
 * is a simulator bug, so {@link #next} throws {@link IllegalTransitionException} rather than guessing.
 *
 * <p>Rows keep their declaration order, so iteration is deterministic on the JVM and in TeaVM.
 *
 * @param <S> the state enum
 * @param <E> the event enum
 */
public final class TransitionTable<S extends Enum<S>, E extends Enum<E>> {

  /** One row of the table: in {@code from}, {@code event} leads to {@code to}. */
  public record Row<S, E>(S from, E event, S to) {}

  private final Class<S> stateType;
  private final Class<E> eventType;
  /**
   * {@code to} by {@code from.ordinal() * eventCount + event.ordinal()}, null where there is no row: one
   * array read per transition (every simulated state change asks), where nested EnumMaps cost two lookups
   * with type checks in the browser.
   */
  private final Object[] next;
  private final int eventCount;
  private final List<Row<S, E>> rows;

  private TransitionTable(Class<S> stateType, Class<E> eventType, List<Row<S, E>> rows) {
    this.stateType = stateType;
    this.eventType = eventType;
    this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    this.eventCount = eventType.getEnumConstants().length;
    this.next = new Object[stateType.getEnumConstants().length * eventCount];
    for (Row<S, E> row : rows) {
      int at = row.from().ordinal() * eventCount + row.event().ordinal();
      if (next[at] != null) {
        throw new IllegalArgumentException("duplicate row " + row.from() + " × " + row.event());
      }
      next[at] = row.to();
    }
  }

  /** Starts a table over the given state and event types. */
  public static <S extends Enum<S>, E extends Enum<E>> Builder<S, E> builder(
      Class<S> stateType, Class<E> eventType) {
    return new Builder<>(stateType, eventType);
  }

  /**
   * The state that {@code event} leads to from {@code from}.
   *
   * @throws IllegalTransitionException if the table has no such row
   */
  @SuppressWarnings("unchecked") // only values of S are stored
  public S next(S from, E event) {
    S to = (S) next[from.ordinal() * eventCount + event.ordinal()];
    if (to == null) {
      throw new IllegalTransitionException(from.name(), event.name());
    }
    return to;
  }

  /** True if the table has a row for (from, event). */
  public boolean allows(S from, E event) {
    return next[from.ordinal() * eventCount + event.ordinal()] != null;
  }

  /** Every row, in declaration order. */
  public List<Row<S, E>> rows() {
    return rows;
  }

  public Class<S> stateType() {
    return stateType;
  }

  public Class<E> eventType() {
    return eventType;
  }

  /** Collects rows in order; {@link #build()} rejects duplicates. */
  public static final class Builder<S extends Enum<S>, E extends Enum<E>> {
    private final Class<S> stateType;
    private final Class<E> eventType;
    private final List<Row<S, E>> rows = new ArrayList<>();

    private Builder(Class<S> stateType, Class<E> eventType) {
      this.stateType = stateType;
      this.eventType = eventType;
    }

    public Builder<S, E> on(S from, E event, S to) {
      rows.add(new Row<>(from, event, to));
      return this;
    }

    public TransitionTable<S, E> build() {
      return new TransitionTable<>(stateType, eventType, rows);
    }
  }
}
