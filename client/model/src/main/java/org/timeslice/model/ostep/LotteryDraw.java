package org.timeslice.model.ostep;

/**
 * One round of OSTEP's {@code lottery.py}: a ticket drawn and the job holding it run for one quantum. A
 * view can draw the ticket line from it; the {@code ostep lottery.py} text prints it.
 *
 * @param round the round, from 0
 * @param tick the clock when the round starts (the tool's {@code clock})
 * @param random the tool's {@code r = int(random() * 1000001)}
 * @param winningTicket {@code r % totalTickets}
 * @param totalTickets the tickets of the jobs not yet done
 * @param job the winner: the first job, in job order, whose running total of tickets exceeds the ticket
 * @param timeLeftBefore the winner's remaining time before the round
 * @param timeLeftAfter after it: the quantum less, or 0 if less than a quantum was left
 * @param done whether the winner finished (its tickets then leave the total)
 */
public record LotteryDraw(int round, long tick, int random, long winningTicket, long totalTickets, int job,
    long timeLeftBefore, long timeLeftAfter, boolean done) {}
