package org.timeslice.model.sync;

import java.util.List;

/**
 * A lesson of the race explorer: a program, the variables its outcome is made of, and its outcome table.
 *
 * @param id stable id used in URLs ({@code ?preset=})
 * @param title short name for the picker
 * @param lesson what to look for, in two or three sentences
 * @param program the program (its switch points can be changed by the user)
 * @param observed the variables an outcome is made of
 * @param expectations the outcome table; an outcome it does not list is forbidden
 * @param pairedWith the id of the other variant (buggy ↔ fixed), or null
 */
public record SyncPreset(String id, String title, String lesson, SyncProgram program, List<String> observed,
    List<Expectation> expectations, String pairedWith) {

  /** The row grading {@code outcomeLabel}; an unlisted outcome is forbidden. */
  public Expectation grade(String outcomeLabel) {
    for (Expectation e : expectations) {
      if (e.label().equals(outcomeLabel)) {
        return e;
      }
    }
    return new Expectation(outcomeLabel, Verdict.FORBIDDEN, "Not an outcome this program should have.");
  }
}
