package org.timeslice.model.ostep.tool;

import java.util.function.Function;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/** The files a tool may open by name (x86.py's {@code -p}), each at most {@link Limits#MAX_OSTEP_FILE_CHARS}. */
final class ToolFiles {
  private final Function<String, String> source;

  ToolFiles(Function<String, String> source) {
    this.source = source == null ? name -> null : source;
  }

  /** The content of {@code name}, or null if there is no such file. */
  String read(String name) {
    String content = source.apply(name);
    if (content != null && content.length() > Limits.MAX_OSTEP_FILE_CHARS) {
      throw new InvalidScenarioException("files", "at most " + Limits.MAX_OSTEP_FILE_CHARS + " characters",
          "the file " + name + " has more than " + Limits.MAX_OSTEP_FILE_CHARS + " characters");
    }
    return content;
  }
}
