package org.timeslice.model.scenario;

/**
 * The {@code "ostep"} block of a scenario: process-run.py's {@code -S} and {@code -I} flags (read under the
 * {@code ostep-process-run} profile), and under {@code ostep-lottery} how many of the seed's
 * {@code random()} draws lottery.py used to make random jobs before its first lottery draw.
 *
 * @param skipDraws draws of the seeded stream to skip before the first lottery (0..{@code
 *     Limits.MAX_OSTEP_DRAWS}); 0 when the jobs were given ({@code -l})
 */
public record OstepOptions(SwitchBehavior switchBehavior, IoDoneBehavior ioDoneBehavior, int skipDraws) {

  /** process-run.py {@code -S}. */
  public enum SwitchBehavior {
    SWITCH_ON_IO,
    SWITCH_ON_END
  }

  /** process-run.py {@code -I}. */
  public enum IoDoneBehavior {
    IO_RUN_LATER,
    IO_RUN_IMMEDIATE
  }

  public OstepOptions {
    switchBehavior = switchBehavior == null ? SwitchBehavior.SWITCH_ON_IO : switchBehavior;
    ioDoneBehavior = ioDoneBehavior == null ? IoDoneBehavior.IO_RUN_LATER : ioDoneBehavior;
  }

  /** process-run.py's options, no draws skipped. */
  public OstepOptions(SwitchBehavior switchBehavior, IoDoneBehavior ioDoneBehavior) {
    this(switchBehavior, ioDoneBehavior, 0);
  }

  /** process-run.py's defaults: {@code SWITCH_ON_IO}, {@code IO_RUN_LATER}; no draws skipped. */
  public static OstepOptions defaults() {
    return new OstepOptions(SwitchBehavior.SWITCH_ON_IO, IoDoneBehavior.IO_RUN_LATER, 0);
  }

  /** lottery.py's: {@code skipDraws} draws before the first lottery. */
  public static OstepOptions lottery(int skipDraws) {
    return new OstepOptions(SwitchBehavior.SWITCH_ON_IO, IoDoneBehavior.IO_RUN_LATER, skipDraws);
  }
}
