package org.timeslice.model.sim;

import org.timeslice.model.core.Prng;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Policy;

/**
 * The global ready queue shared by all cores (one FIFO per MLFQ level, a single one otherwise) and the
 * policy's choice of who runs next.
 *
 * <p>Queue order is the order tasks became ready (with the same-tick rules of docs/scenario-format.md).
 * FIFO, RR and MLFQ (within a level) pick the front; SJF, STCF and PRIORITY pick the smallest key with
 * ties broken by (arrival tick, name); LOTTERY draws a ticket, walking the queue in order.
 */
final class ReadyQueues {
  private final Plan plan;
  private final TaskTable tasks;
  private final Prng prng;
  final IntDeque[] queues;
  private int total;
  private int markStamp;

  ReadyQueues(Plan plan, TaskTable tasks, Prng prng) {
    this.plan = plan;
    this.tasks = tasks;
    this.prng = prng;
    queues = new IntDeque[plan.levelCount()];
    for (int l = 0; l < queues.length; l++) {
      queues[l] = new IntDeque(plan.taskCount);
    }
  }

  ReadyQueues copy(TaskTable newTasks, Prng newPrng) {
    ReadyQueues c = new ReadyQueues(plan, newTasks, newPrng);
    for (int l = 0; l < queues.length; l++) {
      c.queues[l] = queues[l].copy();
    }
    c.total = total;
    c.markStamp = markStamp;
    return c;
  }

  int size() {
    return total;
  }

  private IntDeque queueOf(int x) {
    return queues[plan.mlfq ? tasks.level[x] : 0];
  }

  /** Queues a task that arrived or finished I/O at {@code tick}; {@code front} for MLFQ ioBumpToFront. */
  void addNewlyReady(int x, int tick, boolean front, int frontSlot) {
    tasks.readySince[x] = tick;
    tasks.readyByPreemption[x] = false;
    IntDeque q = queueOf(x);
    if (front) {
      q.insert(Math.min(frontSlot, q.size()), x);
    } else {
      q.addLast(x);
    }
    total++;
  }

  /**
   * Queues a task preempted at {@code tick}: at the back (NEW_ARRIVAL_FIRST), or ahead of the trailing run
   * of tasks that became ready at this same tick (PREEMPTED_FIRST).
   */
  void addPreempted(int x, int tick) {
    tasks.readySince[x] = tick;
    tasks.readyByPreemption[x] = true;
    IntDeque q = queueOf(x);
    int at = q.size();
    if (plan.preemptedFirst) {
      while (at > 0 && isNewlyReady(q.get(at - 1), tick)) {
        at--;
      }
    }
    q.insert(at, x);
    total++;
  }

  private boolean isNewlyReady(int y, int tick) {
    return tasks.readySince[y] == tick && !tasks.readyByPreemption[y];
  }

  /** Removes and returns the task the policy dispatches next; the queue must not be empty. */
  int pickNext(int tick) {
    total--;
    switch (plan.policy) {
      case FIFO:
      case RR:
        return queues[0].removeAt(0);
      case MLFQ:
        for (IntDeque q : queues) {
          if (!q.isEmpty()) {
            return q.removeAt(0);
          }
        }
        throw new IllegalStateException("empty ready queue");
      case LOTTERY:
        return queues[0].removeAt(drawLotteryWinner());
      default:
        return queues[0].removeAt(indexOfBest(tick, false));
    }
  }

  private int drawLotteryWinner() {
    IntDeque q = queues[0];
    long sum = 0;
    for (int i = 0; i < q.size(); i++) {
      sum += plan.tickets[q.get(i)];
    }
    // Validated bounds keep the total below 2^31 (MAX_TASKS × MAX_TICKETS).
    int ticket = prng.nextInt((int) sum);
    for (int i = 0; i < q.size(); i++) {
      ticket -= plan.tickets[q.get(i)];
      if (ticket < 0) {
        return i;
      }
    }
    throw new IllegalStateException("lottery walked past the last ticket");
  }

  /** Position in queue 0 of the smallest-key task (skipping marked ones if asked); -1 if none. */
  private int indexOfBest(int tick, boolean skipMarked) {
    IntDeque q = queues[0];
    int best = -1;
    for (int i = 0; i < q.size(); i++) {
      int x = q.get(i);
      if (skipMarked && tasks.mark[x] == markStamp) {
        continue;
      }
      if (best < 0 || compare(x, q.get(best), tick) < 0) {
        best = i;
      }
    }
    return best;
  }

  /** Starts a selection pass in which {@link #markNextBest} skips tasks marked earlier in the pass. */
  void beginMarking() {
    markStamp++;
  }

  /** Marks and returns the best task not yet marked in this pass (queue-order policies: the first). */
  int markNextBest(int tick) {
    int x = -1;
    if (plan.mlfq || plan.policy == Policy.FIFO || plan.policy == Policy.RR) {
      outer:
      for (IntDeque q : queues) {
        for (int i = 0; i < q.size(); i++) {
          if (tasks.mark[q.get(i)] != markStamp) {
            x = q.get(i);
            break outer;
          }
        }
      }
    } else {
      int i = indexOfBest(tick, true);
      x = i < 0 ? -1 : queues[0].get(i);
    }
    if (x >= 0) {
      tasks.mark[x] = markStamp;
    }
    return x;
  }

  /** The policy's key: smaller runs first. SJF: CPU burst left; STCF: CPU left; else priority. */
  long key(int x, int tick) {
    switch (plan.policy) {
      case SJF:
        return cpuLeftInBurst(x);
      case STCF:
        return cpuLeft(x);
      case PRIORITY:
        return effectivePriority(x, tick);
      case MLFQ:
        return tasks.level[x];
      default:
        return 0;
    }
  }

  /** Key order, then (arrival tick, name). */
  int compare(int a, int b, int tick) {
    int byKey = compareKeys(a, b, tick);
    return byKey != 0 ? byKey : Integer.compare(plan.rank[a], plan.rank[b]);
  }

  /** Whether a's key is strictly smaller than b's (preemption never happens on a tie). */
  boolean beatsStrictly(int a, int b, int tick) {
    return compareKeys(a, b, tick) < 0;
  }

  /**
   * {@link #key} order. Only SJF and STCF need {@code long} (a program may hold more than 2^31 CPU
   * ticks); the others compare ints, because TeaVM's {@code long} is a slow JavaScript BigInt.
   */
  private int compareKeys(int a, int b, int tick) {
    switch (plan.policy) {
      case SJF:
      case STCF:
        long ka = key(a, tick);
        long kb = key(b, tick);
        return ka == kb ? 0 : ka < kb ? -1 : 1;
      case PRIORITY:
        return Integer.compare(effectivePriority(a, tick), effectivePriority(b, tick));
      case MLFQ:
        return Integer.compare(tasks.level[a], tasks.level[b]);
      default:
        return 0;
    }
  }

  /** Priority with aging: READY tasks gain one step per {@code agingTicks} ticks spent READY. */
  int effectivePriority(int x, int tick) {
    int base = plan.priority[x];
    if (plan.agingTicks <= 0 || tasks.state[x] != State.READY) {
      return base;
    }
    return Math.max(0, base - (tick - tasks.readySince[x]) / plan.agingTicks);
  }

  long cpuLeft(int x) {
    int j = tasks.opIndex[x];
    if (j >= plan.opTicks[x].length) {
      return 0;
    }
    return (plan.opIsIo[x][j] ? 0 : tasks.opLeft[x]) + plan.suffixCpu[x][j + 1];
  }

  long cpuLeftInBurst(int x) {
    int j = tasks.opIndex[x];
    if (j >= plan.opTicks[x].length || plan.opIsIo[x][j]) {
      return 0;
    }
    return tasks.opLeft[x] + plan.suffixBurst[x][j + 1];
  }
}
