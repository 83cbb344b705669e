package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The race explorer and dining philosophers as a learner drives them: by mouse, by keyboard, by link. */
class RaceIT extends BrowserTest {
  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator banner() {
    return page.locator("[data-role=diagnosis]");
  }

  private Locator outcomeRow(String label) {
    return page.locator("[data-role=outcomes] tr[data-outcome='" + label + "']");
  }

  private Locator count() {
    return page.getByLabel("Philosophers", new Page.GetByLabelOptions().setExact(true));
  }

  private String href() {
    return (String) page.evaluate("() => location.href");
  }

  @Test
  void aLostUpdateFoundByHandThenCountedByTheExhaustiveSearch() {
    openApp("/play/race");
    assertThat(page.getByLabel("Lesson")).hasValue("counter-race");
    Locator t0 = page.locator("[data-thread=T0]");
    assertThat(t0.locator("li[aria-current=step]")).hasText("LOAD r0, x");
    button("Step T0 (key 1)").click();
    button("Step T1 (key 2)").click();
    assertThat(t0.locator("[data-role=thread-state]")).hasText("READY");
    assertThat(page.locator("[data-thread=T1] [data-role=thread-state]")).hasText("RUNNING");
    button("Step T0 (key 1)").click();
    button("Step T0 (key 1)").click();
    assertThat(t0.locator("[data-role=thread-state]")).hasText("TERMINATED");
    assertThat(button("Step T0 (key 1)")).isDisabled();
    button("Step T1 (key 2)").click();
    button("Step T1 (key 2)").click();
    assertThat(banner()).hasText("Every thread has finished. Outcome: x = 1 (interesting).");
    assertThat(page.locator("[data-role=challenge]")).containsText("Challenge met");
    assertThat(outcomeRow("x = 1").locator("td").nth(2)).hasText("1"); // your runs
    assertThat(page.locator("[data-role=step-log] li")).hasCount(6);
    assertTrue(href().endsWith("?preset=counter-race&schedule=0.1.0.0.1.1"), href());

    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]")).containsText("20 schedules, 2 outcomes.");
    assertThat(outcomeRow("x = 1").locator("[data-role=schedules]")).hasText("18");
    assertThat(outcomeRow("x = 2").locator("[data-role=schedules]")).hasText("2");
    outcomeRow("x = 2").getByRole(AriaRole.BUTTON).click();
    assertThat(banner()).hasText("Every thread has finished. Outcome: x = 2 (acceptable).");
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 6");
    screenshot("race-explored");

    button("Compare: x += 1 under a lock").click();
    assertThat(page.getByLabel("Lesson")).hasValue("counter-locked");
    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]"))
        .containsText("10 schedules, 1 outcome. No forbidden outcome is reachable.");
    assertThat(outcomeRow("x = 1").locator("[data-role=schedules]")).hasText("0 (impossible)");
    assertThat(outcomeRow("x = 1").locator(".race-verdict")).hasText("forbidden");
    assertNoProblems();
  }

  @Test
  void keyboardOnlyStepsUndoesAndResets() {
    openApp("/play/race");
    page.locator("body").click(new Locator.ClickOptions().setPosition(5, 5));
    for (String key : new String[] {"1", "2", "1", "1", "2"}) {
      page.keyboard().press(key);
    }
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 5");
    Locator t1 = page.locator("[data-thread=T1]");
    assertThat(t1.locator("li[aria-current=step]")).hasText("STORE x, r0");
    page.keyboard().press("u");
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 4");
    assertThat(t1.locator("li[aria-current=step]")).hasText("ADD r0, 1");
    assertThat(page.locator("[data-role=step-log] li")).hasCount(4);
    assertThat(page.locator("[data-role=shared] dd[data-object=x]")).hasText("1");
    page.keyboard().press("r");
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 0");
    assertThat(button("Undo the last step (U)")).isDisabled();
    assertNoProblems();
  }

  @Test
  void switchPointsChangeWhatCanHappen() {
    openApp("/play/race?preset=loop-increment");
    page.getByLabel("Switches may fall").selectOption("cpython");
    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]")).containsText("6 schedules, 1 outcome.");
    assertThat(outcomeRow("x = 3").locator("[data-role=schedules]")).hasText("0 (impossible)");
    assertTrue(href().contains("switches=cpython"), href());
    // Under the GIL the running thread keeps going until a switch point: only its own button is enabled.
    button("Step T0 (key 1)").click();
    assertThat(button("Step T1 (key 2)")).isDisabled();
    page.getByLabel("Switches may fall").selectOption("any");
    button("Explore every interleaving").click();
    assertThat(outcomeRow("x = 2").locator("[data-role=schedules]")).not().hasText("0 (impossible)");

    button("Explore under all three rules").click();
    Locator compare = page.locator("[data-role=switch-compare]");
    assertThat(compare.locator("tr[data-rule=cpython] td")).hasText("x = 4 (6, acceptable)");
    assertThat(compare.locator("tr[data-rule=any] td")).containsText("x = 2 (");
    assertEquals(compare.locator("tr[data-rule=any] td").textContent(),
        compare.locator("tr[data-rule=free] td").textContent(), "free-threaded allows what any-step allows");
    assertNoProblems();
  }

  @Test
  void seededSchedulerAndItsErrors() {
    openApp("/play/race");
    page.getByLabel("k", new Page.GetByLabelOptions().setExact(true)).fill("3");
    button("Run seeded").click();
    assertThat(banner()).hasText("Every thread has finished. Outcome: x = 2 (acceptable).");
    assertTrue(href().endsWith("schedule=0.0.0.1.1.1"), href());
    page.getByLabel("k", new Page.GetByLabelOptions().setExact(true)).fill("0");
    button("Run seeded").click();
    Locator notice = page.locator("[data-role=share-notice]");
    assertThat(notice).isVisible();
    assertThat(notice).hasText("k must be in 1..1000000, not 0. The last run is kept.");
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 6");
    assertNoProblems();
  }

  @Test
  void killingALockHolderAndABrokenLink() {
    openApp("/play/race?preset=kill-holder");
    button("Step T0 (key 1)").click();
    button("Kill T0").click();
    button("Step T1 (key 2)").click();
    assertThat(banner()).hasText(
        "Stuck: T1 waits for mutex m held by killed T0. Nobody can ever wake them. Outcome: stuck (forbidden).");
    assertThat(page.locator("[data-role=shared] dd[data-kind=mutex]")).hasText("held by T0 (killed); waiting: T1");
    String shared = href();
    assertTrue(shared.endsWith("schedule=0.k0.1"), shared);

    Page other = context.newPage();
    other.navigate(shared);
    other.waitForSelector("html[data-ts-ready=true]");
    assertThat(other.locator("[data-role=diagnosis]")).containsText("Stuck: T1 waits");

    openApp("/play/race?preset=nope&schedule=0.9");
    Locator notice = page.locator("[data-role=share-notice]");
    assertThat(notice).hasText(Pattern.compile("^There is no lesson called \"nope\"\\. The shared schedule could "
        + "not be read: thread 9 does not exist \\(0\\.\\.1\\)\\. Showing \"x \\+= 1, no lock\"\\.$"));
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 0");
    assertNoProblems();
  }

  @Test
  void philosophersDeadlockAndTheOrderedFixDoesNot() {
    openApp("/play/philosophers");
    assertThat(page.getByLabel("Lesson")).hasValue("philosophers-naive");
    for (String key : new String[] {"1", "1", "2", "2", "3", "3", "1", "2", "3"}) {
      page.keyboard().press(key);
    }
    assertThat(banner()).hasText("Deadlock: P0 waits for fork1 held by P1; P1 waits for fork2 held by P2; "
        + "P2 waits for fork0 held by P0. Nobody can ever continue. Outcome: deadlock (interesting).");
    assertThat(page.locator("[data-role=shared] dd[data-kind=wait-for]"))
        .hasText("P0 → P1 (fork1), P1 → P2 (fork2), P2 → P0 (fork0)");
    screenshot("philosophers-deadlock");
    button("Explore every interleaving").click();
    assertThat(outcomeRow("deadlock").locator("[data-role=schedules]")).hasText("756");
    assertThat(page.locator("[data-role=challenge]")).hasText("Challenge met: a deadlock in 9 steps, the fewest possible.");
    button("Compare: 3 philosophers, ordered forks").click();
    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]")).containsText("No forbidden outcome is reachable.");
    assertThat(outcomeRow("deadlock").locator("[data-role=schedules]")).hasText("0 (impossible)");
    assertThat(page.locator("[data-role=challenge]")).hasText(
        "Challenge met: the exhaustive search visited all 352 states and none is a deadlock.");
    assertNoProblems();
  }

  @Test
  void theTableGrowsAndRefusesImpossibleSizes() {
    openApp("/play/philosophers");
    count().fill("5");
    count().dispatchEvent("change");
    assertThat(page.locator("[data-thread]")).hasCount(5);
    assertThat(page.locator("[data-role=table]")).hasAttribute("aria-label", "Table: P0 thinking, ate 0; "
        + "P1 thinking, ate 0; P2 thinking, ate 0; P3 thinking, ate 0; P4 thinking, ate 0.");
    assertTrue(href().contains("n=5&meals=1"), href());
    page.locator("body").click(new Locator.ClickOptions().setPosition(5, 5)); // leave the field
    page.keyboard().press("1");
    page.keyboard().press("1");
    page.keyboard().press("1");
    assertThat(page.locator("[data-role=table]")).hasAttribute("aria-label",
        Pattern.compile("^Table: P0 hungry, ate 0; P1 thinking.*"));
    count().fill("11");
    count().dispatchEvent("change");
    assertThat(page.locator("[data-role=share-notice]"))
        .hasText("dining philosophers needs 2..10 philosophers, not 11. The last table is kept.");
    assertThat(count()).hasValue("5");
    assertThat(page.locator("[data-thread]")).hasCount(5);
    assertThat(page.locator("[data-role=step-readout]")).hasText("step 3");

    // Five philosophers fit the page's search budget; six do not, and the page says so.
    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]")).containsText("19925 states");
    assertThat(outcomeRow("deadlock").locator("[data-role=schedules]")).not().hasText("0 (impossible)");
    count().fill("6");
    count().dispatchEvent("change");
    button("Explore every interleaving").click();
    assertThat(page.locator("[data-role=explore-summary]")).containsText(
        "The budget of 20000 states ran out: other outcomes may exist.");
    assertNoProblems();
  }

  @Test
  void x86PyRunsTheThreadsChapterPrograms() {
    openApp("/play/race");
    Locator summary = page.locator("[data-role=x86-summary]");
    // looping-race-nolock.s, 2 threads, bx=3, an interrupt after every instruction: 2 × 19 instructions and
    // the increments interleave so that every other one is lost.
    assertThat(summary).hasText("38 instructions. Memory at the end: [2000] = 3.");
    Locator trace = page.locator("[data-role=x86-trace]");
    assertThat(trace.locator("tbody tr").first()).hasText("1000 mov 2000, %ax");
    assertThat(trace.locator("tbody tr").nth(1)).hasText("—— Interrupt ——");
    page.getByLabel("Interrupt every (-i)").fill("50");
    button("Run x86.py").click();
    assertThat(summary).hasText("38 instructions. Memory at the end: [2000] = 6.");
    page.getByLabel("Sample program").selectOption("test-and-set");
    page.getByLabel("Interrupt every (-i)").fill("1");
    button("Run x86.py").click();
    assertThat(summary).containsText("[2000] = 6, [2001] = 0.");
    page.getByLabel("Source").fill("mov $12, %ax\nhalt");
    button("Run x86.py").click();
    assertThat(page.locator("[data-role=x86-error]")).hasText(
        "line 1: an immediate is $ and one digit (x86.py reads no more), not $12. The last good run stays below.");
    assertThat(summary).containsText("[2000] = 6, [2001] = 0.");
    assertNoProblems();
  }

  @Test
  void narrowScreenKeepsEverythingReachable() {
    page.setViewportSize(360, 800);
    openApp("/play/race");
    button("Step T0 (key 1)").click();
    double overflow = ((Number) page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).doubleValue();
    assertEquals(0, overflow, "no sideways scrolling at 360px");

    // The outcomes are cards on a phone, not six columns to scroll through, and still a table to a
    // screen reader: each row has its outcome, verdict, meaning, counts and Replay in view.
    button("Explore every interleaving").click();
    Locator table = page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHas(
        page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("What it means"))));
    assertThat(table.getByRole(AriaRole.ROW)).hasCount(3);
    table.scrollIntoViewIfNeeded();
    assertEquals(java.util.List.of(), cellsBeyondTheirBox(".race-outcome-table"), "outcomes at 360 px");
    // The counts are labelled on the card for the eye only: a screen reader has the column headers.
    Locator schedules = table.getByRole(AriaRole.CELL,
        new Locator.GetByRoleOptions().setName("18").setExact(true));
    assertThat(schedules).isVisible();
    assertEquals("\"Schedules: \" / \"\"", schedules.evaluate("c => getComputedStyle(c, '::before').content"));
    button("Explore under all three rules").click();
    assertThat(page.locator(".race-compare-table")).isVisible();
    assertEquals(java.util.List.of(), cellsBeyondTheirBox(".race-compare-table"), "the three rules at 360 px");
    screenshot("race-360");
    assertNoProblems();
  }

  /** The body cells (and buttons) of the table that reach past the right edge of the box holding it. */
  private Object cellsBeyondTheirBox(String tableSelector) {
    return page.evaluate("sel => { const t = document.querySelector(sel); const box = t.parentElement;"
        + " return [...t.querySelectorAll('tbody th, tbody td, tbody button')]"
        + ".filter(c => c.getBoundingClientRect().right > box.getBoundingClientRect().right + 0.5)"
        + ".map(c => c.textContent.trim()); }", tableSelector);
  }
}
