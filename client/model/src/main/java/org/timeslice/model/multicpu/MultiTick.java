package org.timeslice.model.multicpu;

import java.util.List;

/**
 * One tick of a multi-CPU run, as a view draws it (and {@code ostep multi.py} prints it).
 *
 * @param time the tick
 * @param interrupt whether the time-slice interrupt put the running jobs back in their queues first
 * @param steals jobs a CPU with an empty queue took from another CPU's queue this tick
 * @param cpus per CPU, what it did this tick
 * @param queues after the tick: per CPU its run queue, or with one shared queue a single list
 */
public record MultiTick(int time, boolean interrupt, List<Move> steals, List<Cpu> cpus, List<List<String>> queues) {

  /**
   * What one CPU did in a tick.
   *
   * @param job the job it ran, or null if it was idle
   * @param timeLeft the job's remaining work after the tick
   * @param warm whether the job ran at the warm rate (its working set was in this CPU's cache)
   * @param migrated whether the job last ran on another CPU
   * @param cache per job, in job order, {@code 'w'} if its working set is warm in this CPU's cache after the
   *     tick, else {@code ' '}
   */
  public record Cpu(String job, int timeLeft, boolean warm, boolean migrated, String cache) {
    /** Whether job number {@code job} (in job order) is warm in this CPU's cache after the tick. */
    public boolean warmFor(int job) {
      return cache.charAt(job) == 'w';
    }
  }

  /** A job moved between CPUs' queues. */
  public record Move(String job, int fromCpu, int toCpu) {}
}
