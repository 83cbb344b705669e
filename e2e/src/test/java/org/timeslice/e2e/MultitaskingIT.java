package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Cooperative vs preemptive, and the generator stepper, as a learner drives them. */
class MultitaskingIT extends BrowserTest {
  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aGreedyTaskIsPreemptedAsAThreadAndStarvesTheLoop() {
    openApp("/play/multitasking?preset=greedy");
    assertThat(page.locator("[data-way=threads] figcaption"))
        .hasText("OS threads on one core (preemptive): 24 ms; ▼ the OS preempted a thread");
    assertThat(page.locator("[data-way=threads] .mark-preempt")).hasCount(2);
    page.locator("body").click(new Locator.ClickOptions().setPosition(5, 5));
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowRight");
    }
    assertThat(page.locator("[data-way=threads] [data-role=gil-now]")).hasText("A ready; B blocked; C running");
    assertThat(page.locator("[data-way=asyncio] [data-role=gil-now]")).hasText("A running; B ready; C ready");
    Locator narration = page.locator("[data-way=threads] [data-role=narration] li");
    assertThat(narration.filter(new Locator.FilterOptions().setHasText("3.0 ms: A is preempted: its time slice is over")))
        .hasCount(1);
    assertThat(narration.last()).hasText("4.0 ms: C gets a core");

    page.getByLabel("Lesson").selectOption("blocking");
    assertThat(page.locator("[data-way=asyncio] figcaption")).containsText(
        "the loop was stalled 10 ms by a blocking call");
    page.getByLabel("OS time slice (ms)").fill("0");
    page.getByLabel("OS time slice (ms)").dispatchEvent("change");
    assertThat(page.locator("[data-role=multitask-error]"))
        .hasText("the time slice must be 1..50 ms, not 0. The last good run stays.");
    Locator realRun = page.locator(".gil-real-run .run-panel");
    assertThat(realRun).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
        java.util.regex.Pattern.compile("^(Run for real|Can't run for real here)$")))).isVisible();
    screenshot("multitasking");
    assertNoProblems();
  }

  @Test
  void generatorsSuspendAndResumeOneStepAtATime() {
    openApp("/play/multitasking");
    Locator log = page.locator("[data-role=gen-log] li");
    page.locator(".gen-stepper select").selectOption("delegator");
    button("next(gen)").click();
    button("next(gen)").click();
    assertThat(log.nth(0)).hasText("next(gen) → 'start'");
    assertThat(log.nth(1)).hasText("next(gen) → 2");
    assertThat(page.locator("[data-frame=delegator] h3")).hasText("delegator: suspended, resumes at line 3");
    assertThat(page.locator("[data-frame=countdown] h3")).hasText("countdown: suspended, resumes at line 3");
    assertThat(page.locator("[data-frame=countdown] .race-regs")).hasText("n = 2");
    page.locator(".gen-stepper input[type=number]").fill("9");
    button("gen.send(value)").click();
    assertThat(log.nth(2)).hasText("gen.send(9) → 1");
    button("next(gen)").click();
    assertThat(log.nth(3)).hasText("next(gen) → 'countdown said done'");
    assertThat(page.locator("[data-frame=countdown]")).hasCount(0);

    page.locator(".gen-stepper select").selectOption("running_total");
    button("gen.send(value)").click();
    assertThat(log.nth(0)).hasText(
        "gen.send(9) raised TypeError: can't send non-None value to a just-started generator");
    page.locator(".gen-stepper select").selectOption("round-robin");
    for (int i = 0; i < 5; i++) {
      button("Driver: resume the next one").click();
    }
    assertThat(log).hasText(new String[] {"next(gen1) → 3", "next(gen2) → 2", "next(gen1) → 2",
        "next(gen2) → 1", "next(gen1) → 1"});
    assertNoProblems();
  }
}
