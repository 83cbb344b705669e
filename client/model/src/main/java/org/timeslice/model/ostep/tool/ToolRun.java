package org.timeslice.model.ostep.tool;

import org.timeslice.model.scenario.Scenario;

/**
 * What one OSTEP command line produced.
 *
 * @param stdout the tool's standard output, byte for byte (as UTF-8)
 * @param stderr what the tool writes to standard error: optparse's usage and error, an abort message, or
 *     for an uncaught Python exception a one-line stand-in for the traceback
 * @param exitCode the tool's exit status
 * @param widget the playground widget that animates the same run ({@code scheduler}, {@code lifecycle}),
 *     or null where none can yet (fork.py, multi.py, x86.py) or the run did not finish
 * @param scenario the scenario that widget opens, under the tool's OSTEP profile, or null with widget
 */
public record ToolRun(String stdout, String stderr, int exitCode, String widget, Scenario scenario) {

  /**
   * The playground address that animates this run, {@code /play/{widget}?s=…} (a share link,
   * docs/url-format.md), or null.
   */
  public String open() {
    if (widget == null || scenario == null) {
      return null;
    }
    return "/play/" + widget + "?" + org.timeslice.model.share.ShareUrl.query(
        org.timeslice.model.share.ShareState.of(scenario, null, 0));
  }
}
