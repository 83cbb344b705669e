package org.timeslice.server.run;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Executes one admitted run and returns its measurement ({@code wallMillis}, {@code cpuMillis},
 * {@code workers}, {@code environment}, and {@code counter} for the counter workloads).
 *
 * <p>The real implementation is {@link ProcessRunner}; tests may install another through
 * {@link RunConfig#withRunner} to exercise admission and queueing without spending CPU.
 */
@FunctionalInterface
public interface Runner {
  /**
   * @throws org.timeslice.server.api.ApiException with the status to answer (409 unavailable, 504 time
   *     limit, 500 failed run)
   * @throws InterruptedException if the request thread is interrupted; the run's processes are killed
   */
  ObjectNode run(RunRequest request) throws InterruptedException;

  /**
   * {@link #run(RunRequest)}, stopping as soon as {@code cancel} says so (the client went away, or the server
   * is shutting down): the run's processes are killed and {@link org.timeslice.model.core.RunStoppedException}
   * is thrown. Runners that cannot be cancelled (test runners) just run.
   */
  default ObjectNode run(RunRequest request, org.timeslice.model.core.RunBudget.StopSignal cancel)
      throws InterruptedException {
    return run(request);
  }
}
