package org.timeslice.model.fsm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
  private final EnumMap<S, EnumMap<E, S>> next;
  private final List<Row<S, E>> rows;

  private TransitionTable(Class<S> stateType, Class<E> eventType, List<Row<S, E>> rows) {
    this.stateType = stateType;
    this.eventType = eventType;
    this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    this.next = new EnumMap<>(stateType);
    for (Row<S, E> row : rows) {
      EnumMap<E, S> byEvent = next.computeIfAbsent(row.from(), k -> new EnumMap<>(eventType));
      if (byEvent.containsKey(row.event())) {
        throw new IllegalArgumentException("duplicate row " + row.from() + " × " + row.event());
      }
      byEvent.put(row.event(), row.to());
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
  public S next(S from, E event) {
    EnumMap<E, S> byEvent = next.get(from);
    S to = byEvent == null ? null : byEvent.get(event);
    if (to == null) {
      throw new IllegalTransitionException(from.name(), event.name());
    }
    return to;
  }

  /** True if the table has a row for (from, event). */
  public boolean allows(S from, E event) {
    EnumMap<E, S> byEvent = next.get(from);
    return byEvent != null && byEvent.containsKey(event);
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
