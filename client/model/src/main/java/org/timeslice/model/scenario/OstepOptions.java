package org.timeslice.model.scenario;

/**
 * The {@code "ostep"} block of a scenario under the {@code ostep-process-run} profile: process-run.py's
 * {@code -S} and {@code -I} flags.
 */
public record OstepOptions(SwitchBehavior switchBehavior, IoDoneBehavior ioDoneBehavior) {

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

  /** process-run.py's defaults: {@code SWITCH_ON_IO}, {@code IO_RUN_LATER}. */
  public static OstepOptions defaults() {
    return new OstepOptions(SwitchBehavior.SWITCH_ON_IO, IoDoneBehavior.IO_RUN_LATER);
  }
}
