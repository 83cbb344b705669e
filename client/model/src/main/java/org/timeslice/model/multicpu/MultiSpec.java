package org.timeslice.model.multicpu;

import java.util.Collections;
import java.util.List;

/**
 * Everything a multi-CPU run depends on besides the random stream (OSTEP's {@code multi.py} flags).
 *
 * @param jobs the jobs, in list order
 * @param cpus how many CPUs ({@code -n}), at least 1
 * @param perCpuQueues one run queue per CPU ({@code -p}) instead of one shared queue
 * @param timeSlice ticks between the interrupts that put every running job back in its queue ({@code -q})
 * @param peekInterval with per-CPU queues, ticks between the moments a CPU with an empty queue steals a job
 *     ({@code -P}; 0 or less: never)
 * @param randomOrder CPUs take jobs in a random order each tick ({@code -o})
 * @param cacheSize each CPU's cache size ({@code -M})
 * @param warmRate work per tick of a job whose working set is warm in the CPU's cache ({@code -r}; cold is 1)
 * @param warmupTime ticks a job must run on a CPU before its cache there is warm ({@code -w})
 */
public record MultiSpec(List<MultiJob> jobs, int cpus, boolean perCpuQueues, int timeSlice, int peekInterval,
    boolean randomOrder, int cacheSize, int warmRate, int warmupTime) {
  public MultiSpec {
    jobs = Collections.unmodifiableList(new java.util.ArrayList<>(jobs));
  }
}
