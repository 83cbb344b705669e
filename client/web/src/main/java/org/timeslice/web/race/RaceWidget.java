package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.sync.Diagnosis;
import org.timeslice.model.sync.Expectation;
import org.timeslice.model.sync.Exploration;
import org.timeslice.model.sync.Explorer;
import org.timeslice.model.sync.Outcome;
import org.timeslice.model.sync.Philosophers;
import org.timeslice.model.sync.SeededScheduler;
import org.timeslice.model.sync.Session;
import org.timeslice.model.sync.SwitchPoints;
import org.timeslice.model.sync.SyncMachine;
import org.timeslice.model.sync.SyncPreset;
import org.timeslice.model.sync.SyncPresets;
import org.timeslice.model.sync.SyncProgram;
import org.timeslice.model.sync.SyncProgramException;
import org.timeslice.model.sync.Verdict;
import org.timeslice.web.dom.Browser;
import org.timeslice.web.dom.Dom;

/**
 * The race explorer: threads over shared memory, stepped by you, by a seeded scheduler, or all at once by
 * the exhaustive search, with the lesson's outcome table filling in. Data flows one way: the controls
 * change the session (a list of immutable states), then every view renders the current state.
 */
public final class RaceWidget {
  /** A seeded run in the page stops after this many steps (a livelock would otherwise run on). */
  static final int SEEDED_MAX_STEPS = 5_000;
  /**
   * The exhaustive search's state budget in the page: about 1.5 s in Chromium on a small machine (some
   * 75 µs per state, docs/shared-state.md). Enough for every lesson and for 5 philosophers with one meal.
   */
  static final int PAGE_MAX_STATES = 20_000;
  /** Steps without progress before the banner calls it a livelock or starvation. */
  static final int DIAGNOSIS_WINDOW_STEPS = 40;

  private final List<SyncPreset> presets;
  private final RaceControls controls;
  private final ThreadsView threads = new ThreadsView();
  private final SharedView shared = new SharedView();
  private final StepLogView log = new StepLogView();
  private final HTMLElement exploreButton = Dom.button("ctl race-explore", "Explore every interleaving", null);
  private final OutcomesView outcomes = new OutcomesView(exploreButton);
  private final SwitchCompareView compare = new SwitchCompareView();
  private final HTMLElement notice = el("div", "share-notice");
  private final HTMLElement lesson = text("p", "race-lesson", "");
  private final Challenge challenge = new Challenge();
  private final HTMLElement banner = text("p", "race-banner", "");

  /** The table, size inputs and phase timeline; null outside the philosophers page. */
  private final PhilosophersPanel table;
  private int philosophers = 3;
  private int meals = 1;
  private SyncPreset preset;
  private SyncProgram program;
  private Session session;
  private Exploration exploration;
  private final Map<String, Integer> seen = new TreeMap<>();
  private final Set<String> countedRuns = new HashSet<>();

  private RaceWidget(List<SyncPreset> presets) {
    this.presets = presets;
    this.table = SyncPresets.strategyOf(presets.get(0).id()) == null ? null : new PhilosophersPanel(this::resize);
    this.controls = new RaceControls(presets, this::choosePreset, this::chooseSwitches, this::undo, this::reset,
        this::seeded);
  }

  /** Mounts the explorer with {@code presets} in {@code root}; {@code presetId} (from the URL) picks one. */
  public static void mount(HTMLElement root, List<SyncPreset> presets, String presetId) {
    new RaceWidget(presets).start(root, presetId);
  }

  private void start(HTMLElement root, String presetId) {
    notice.setAttribute("role", "alert");
    notice.setAttribute("data-role", "share-notice");
    notice.setAttribute("hidden", "");
    banner.setAttribute("role", "status");
    banner.setAttribute("data-role", "diagnosis");
    lesson.setAttribute("data-role", "lesson");
    Dom.on(exploreButton, "click", e -> explore());
    exploreButton.setAttribute("data-role", "explore");

    HTMLElement region = el("div", "widget-region race-region");
    region.setAttribute("data-role", "widget-region");
    region.appendChild(lesson);
    region.appendChild(challenge.element());
    region.appendChild(banner);
    if (table != null) {
      region.appendChild(table.element());
    }
    HTMLElement grid = el("div", "race-grid");
    grid.appendChild(threads.element());
    grid.appendChild(shared.element());
    region.appendChild(grid);
    HTMLElement lower = el("div", "lower-grid race-lower");
    HTMLElement left = el("div", "race-outcomes-column");
    left.appendChild(outcomes.element());
    left.appendChild(compare.element());
    lower.appendChild(left);
    lower.appendChild(log.element());

    root.appendChild(notice);
    root.appendChild(controls.element());
    root.appendChild(region);
    root.appendChild(lower);
    if (table == null) {
      root.appendChild(new X86Panel().element());
    }
    bindKeyboard(root);
    openFromUrl(presetId);
  }

  /** Opens the lesson, switch points and schedule the address names; explains what it cannot open. */
  private void openFromUrl(String presetId) {
    StringBuilder problems = new StringBuilder();
    if (table != null) {
      readSize(problems);
    }
    SyncPreset p = find(presetId);
    if (p == null) {
      if (presetId != null && !presetId.isEmpty()) {
        problems.append("There is no lesson called \"").append(presetId).append("\". ");
      }
      p = presets.get(0);
    }
    SwitchPoints sp = p.program().switchPoints();
    String spParam = RaceUrl.param("switches");
    if (spParam != null && !spParam.isEmpty()) {
      SwitchPoints parsed = RaceControls.switchPointsOf(spParam);
      if (parsed == null) {
        problems.append("\"").append(spParam).append("\" is not a choice of where switches may fall. ");
      } else {
        sp = parsed;
      }
    }
    load(p, sp);
    String scheduleParam = RaceUrl.param("schedule");
    if (scheduleParam != null && !scheduleParam.isEmpty()) {
      try {
        List<Integer> schedule = RaceUrl.decode(scheduleParam, program.threadCount());
        session = Session.replay(program, schedule);
        if (session.steps() < schedule.size()) {
          problems.append("The shared schedule stops making sense at step ").append(session.steps() + 1)
              .append(": the run is shown up to there. ");
        }
      } catch (IllegalArgumentException e) {
        problems.append("The shared schedule could not be read: ").append(e.getMessage()).append(". ");
      }
    }
    if (problems.length() > 0) {
      warn(problems.append("Showing \"").append(preset.title()).append("\".").toString());
    }
    render();
  }

  /** Reads {@code n} and {@code meals} from the address; an unusable value is explained and ignored. */
  private void readSize(StringBuilder problems) {
    String n = RaceUrl.param("n");
    String m = RaceUrl.param("meals");
    try {
      int wantN = n == null || n.isEmpty() ? philosophers : Integer.parseInt(n);
      int wantMeals = m == null || m.isEmpty() ? meals : Integer.parseInt(m);
      SyncPresets.philosophers(Philosophers.Strategy.NAIVE, wantN, wantMeals); // validates both
      philosophers = wantN;
      meals = wantMeals;
    } catch (NumberFormatException e) {
      problems.append("The table size in the link is not a number. ");
    } catch (InvalidScenarioException e) {
      problems.append(e.getMessage()).append(". ");
    }
  }

  /** The lesson with this id, at the current table size on the philosophers page; null if unknown. */
  private SyncPreset find(String id) {
    if (id == null) {
      return null;
    }
    if (table != null && SyncPresets.strategyOf(id) != null) {
      return SyncPresets.philosophers(SyncPresets.strategyOf(id), philosophers, meals);
    }
    for (SyncPreset p : presets) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private void load(SyncPreset p, SwitchPoints sp) {
    preset = p;
    program = p.program().withSwitchPoints(sp);
    session = new Session(program);
    exploration = null;
    seen.clear();
    countedRuns.clear();
    challenge.reset();
    threads.build(program, this::step, this::kill);
    controls.show(p, sp, find(p.pairedWith()));
    if (table != null) {
      table.show(philosophers, meals);
    }
    Dom.setText(lesson, p.lesson());
    compare.reset(p);
    outcomes.setSummary("Not explored yet: the search tries every schedule the switch points allow.");
  }

  private void resize(int n, int mealsEach) {
    try {
      SyncPreset p = SyncPresets.philosophers(SyncPresets.strategyOf(preset.id()), n, mealsEach);
      philosophers = n;
      meals = mealsEach;
      hideNotice();
      load(p, program.switchPoints());
    } catch (InvalidScenarioException e) {
      warn(e.getMessage() + ". The last table is kept.");
      table.show(philosophers, meals);
    }
    render();
  }

  private void choosePreset(String id) {
    SyncPreset p = find(id);
    if (p != null) {
      hideNotice();
      load(p, p.program().switchPoints());
      render();
    }
  }

  private void chooseSwitches(SwitchPoints sp) {
    hideNotice();
    load(preset, sp);
    render();
  }

  private void step(int t) {
    if (!SyncMachine.canStep(session.state(), t)) {
      return;
    }
    try {
      session.step(t);
    } catch (SyncProgramException e) {
      warn("The program did something illegal: " + e.getMessage());
    }
    render();
  }

  private void kill(int t) {
    if (session.state().isRunnable(t)) {
      session.kill(t);
      render();
    }
  }

  private void undo() {
    if (session.canUndo()) {
      session.undo();
      render();
    }
  }

  private void reset() {
    session = new Session(program);
    render();
  }

  private void seeded(SeededScheduler.Mode mode, int k, long seed) {
    try {
      session = SeededScheduler.run(program, mode, k, seed, SEEDED_MAX_STEPS);
      hideNotice();
    } catch (InvalidScenarioException e) {
      warn(e.getMessage() + ". The last run is kept.");
    } catch (SyncProgramException e) {
      warn("The program did something illegal: " + e.getMessage());
    }
    render();
  }

  private void explore() {
    exploration = Explorer.explore(program, preset.observed(), PAGE_MAX_STATES);
    StringBuilder sb = new StringBuilder();
    sb.append(exploration.statesExplored()).append(exploration.statesExplored() == 1 ? " state" : " states");
    if (exploration.cyclic()) {
      sb.append(", with loops (infinitely many schedules)");
    } else {
      sb.append(", ").append(OutcomesView.count(exploration.interleavings())).append(" schedules");
    }
    sb.append(", ").append(exploration.outcomes().size())
        .append(exploration.outcomes().size() == 1 ? " outcome." : " outcomes.");
    if (exploration.truncated()) {
      sb.append(" The budget of ").append(PAGE_MAX_STATES)
          .append(" states ran out: other outcomes may exist.");
    }
    boolean forbidden = false;
    for (Outcome o : exploration.outcomes()) {
      forbidden |= preset.grade(o.label()).verdict() == Verdict.FORBIDDEN;
    }
    sb.append(forbidden ? " A forbidden outcome is reachable!" : " No forbidden outcome is reachable.");
    outcomes.setSummary(sb.toString());
    render();
  }

  private void replay(Outcome o) {
    session = Session.replay(program, o.witness());
    render();
  }

  private void render() {
    var state = session.state();
    threads.render(state);
    shared.render(state);
    log.render(session.records(), program.threadNames());
    Diagnosis d = Diagnosis.of(state, DIAGNOSIS_WINDOW_STEPS);
    String end = "";
    if (SyncMachine.choices(state).length == 0) {
      String label = Explorer.labelOf(state, preset.observed());
      if (state.isStuck()) {
        label = d.kind() == Diagnosis.Kind.DEADLOCK ? Explorer.DEADLOCK : Explorer.STUCK;
      }
      countRun(label);
      Expectation e = preset.grade(label);
      end = " Outcome: " + label + " (" + e.verdict().name().toLowerCase() + ").";
    }
    String text = d.kind() == Diagnosis.Kind.RUNNING
        ? "Step " + session.steps() + ". Pick the thread that takes the next step." : d.message() + end;
    Dom.setText(banner, text);
    Dom.setAttr(banner, "class", "race-banner diag-" + d.kind().name().toLowerCase());
    banner.setAttribute("data-kind", d.kind().name());
    controls.render(session);
    outcomes.render(preset, seen, exploration, this::replay);
    if (table != null) {
      table.render(session);
    }
    challenge.render(preset, session, exploration, DIAGNOSIS_WINDOW_STEPS);
    boolean sized = table != null && (philosophers != 3 || meals != 1);
    RaceUrl.write(preset.id(), RaceControls.switchPointsId(program.switchPoints(), preset),
        RaceUrl.encode(session.schedule()), sized ? String.valueOf(philosophers) : null,
        sized ? String.valueOf(meals) : null);
  }

  private void countRun(String label) {
    String key = RaceUrl.encode(session.schedule());
    if (countedRuns.add(key)) {
      seen.merge(label, 1, Integer::sum);
      challenge.runEnded(preset, label);
    }
  }




  private void warn(String message) {
    Dom.setText(notice, message);
    notice.removeAttribute("hidden");
  }

  private void hideNotice() {
    notice.setAttribute("hidden", "");
  }

  /** 1..9 step thread 1..9, U undoes, R resets; never while typing in a field. */
  private void bindKeyboard(HTMLElement scope) {
    Dom.on(Browser.root(), "keydown", e -> {
      HTMLElement target = Browser.target(e);
      if (Browser.modified(e) || !Browser.forWidget(scope, target)) {
        return;
      }
      String tag = Dom.tagName(target);
      if ("INPUT".equals(tag) || "SELECT".equals(tag) || "TEXTAREA".equals(tag)) {
        return;
      }
      String key = Browser.key(e);
      if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '9') {
        int t = key.charAt(0) - '1';
        if (t < program.threadCount()) {
          step(t);
          Browser.preventDefault(e);
        }
      } else if ("u".equals(key) || "U".equals(key)) {
        undo();
        Browser.preventDefault(e);
      } else if ("r".equals(key) || "R".equals(key)) {
        reset();
        Browser.preventDefault(e);
      }
    });
  }
}
