package org.timeslice.model.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;

/**
 * The text form of a task's program, as people type it into the scenario editor:
 * {@code cpu 5, io 3, cpu 2}. Ops are separated by commas (or semicolons or line breaks); each op is a
 * kind ({@code cpu} or {@code io}, any case) followed by a whole number of ticks.
 *
 * <p>{@link #parse} never throws: it returns either the ops or the first error, with the offsets of the
 * offending text so the editor can point at it. Pure Java and TeaVM-safe (no regex, no String.format).
 */
public final class ProgramSyntax {
  private ProgramSyntax() {}

  /**
   * The outcome of {@link #parse}: {@code ops} when {@code ok()}, else an error covering the characters
   * {@code [errorStart, errorEnd)} of the input (an empty range marks a position, e.g. the end).
   */
  public record Result(List<Op> ops, String error, int errorStart, int errorEnd) {
    public boolean ok() {
      return error == null;
    }

    static Result success(List<Op> ops) {
      return new Result(Collections.unmodifiableList(ops), null, -1, -1);
    }

    static Result failure(String message, int start, int end) {
      return new Result(List.of(), message, start, end);
    }
  }

  /** The canonical text of a program: {@code cpu 5, io 3, cpu 2}. */
  public static String format(List<Op> program) {
    StringBuilder sb = new StringBuilder();
    for (Op op : program) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(op.kind().jsonName()).append(' ').append(op.ticks());
    }
    return sb.toString();
  }

  /** Parses {@code text}; see the class comment for the syntax. */
  public static Result parse(String text) {
    String s = text == null ? "" : text;
    List<Op> ops = new ArrayList<>();
    int i = skipSpaces(s, 0);
    if (i == s.length()) {
      return Result.failure("A program needs at least one op, e.g. \"cpu 5, io 3, cpu 2\".", 0, s.length());
    }
    while (true) {
      int wordStart = i;
      while (i < s.length() && isLetter(s.charAt(i))) {
        i++;
      }
      if (i == wordStart) {
        int end = tokenEnd(s, wordStart);
        return Result.failure("Expected cpu or io here, found \"" + s.substring(wordStart, end) + "\".",
            wordStart, end);
      }
      String word = s.substring(wordStart, i);
      OpKind kind = OpKind.fromJsonName(word.toLowerCase());
      if (kind == null) {
        int end = tokenEnd(s, wordStart);
        return Result.failure("Unknown op \"" + word + "\": use cpu or io.", wordStart, end);
      }
      i = skipSpaces(s, i);
      int numStart = i;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == numStart) {
        int end = tokenEnd(s, numStart);
        String what = end > numStart ? "found \"" + s.substring(numStart, end) + "\"" : "found nothing";
        return Result.failure(word + " needs a number of ticks, " + what + ".",
            end > numStart ? numStart : wordStart, end > numStart ? end : i);
      }
      if (i < s.length() && isLetter(s.charAt(i))) {
        int end = tokenEnd(s, numStart);
        return Result.failure("\"" + s.substring(numStart, end) + "\" is not a whole number of ticks.",
            numStart, end);
      }
      String digits = s.substring(numStart, i);
      if (digits.length() > 9 || Integer.parseInt(digits) > Limits.MAX_OP_TICKS) {
        return Result.failure("At most " + Limits.MAX_OP_TICKS + " ticks per op.", numStart, i);
      }
      int ticks = Integer.parseInt(digits);
      if (ticks < Limits.MIN_OP_TICKS) {
        return Result.failure("An op lasts at least " + Limits.MIN_OP_TICKS + " tick.", numStart, i);
      }
      if (ops.size() == Limits.MAX_OPS_PER_TASK) {
        return Result.failure("At most " + Limits.MAX_OPS_PER_TASK + " ops per task.", wordStart, i);
      }
      ops.add(new Op(kind, ticks));
      int afterNumber = i;
      i = skipSpaces(s, i);
      if (i == s.length()) {
        return Result.success(ops);
      }
      if (hasLineBreak(s, afterNumber, i) && !isSeparator(s.charAt(i))) {
        continue;
      }
      if (!isSeparator(s.charAt(i))) {
        int end = tokenEnd(s, i);
        return Result.failure("Expected a comma before \"" + s.substring(i, end) + "\".", i, end);
      }
      int sep = i;
      i = skipSpaces(s, i + 1);
      if (i == s.length()) {
        return Result.failure("Expected an op after the comma.", sep, sep + 1);
      }
    }
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** A line break between ops separates them like a comma. */
  private static boolean hasLineBreak(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The end of the token starting at {@code i}: up to the next space or separator (at least one char). */
  private static int tokenEnd(String s, int i) {
    int j = i;
    while (j < s.length() && !isSpace(s.charAt(j)) && !isSeparator(s.charAt(j))) {
      j++;
    }
    return Math.max(j, Math.min(i + 1, s.length()));
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ';';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
