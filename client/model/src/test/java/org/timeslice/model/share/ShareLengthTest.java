package org.timeslice.model.share;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Preset;
import org.timeslice.model.sim.Presets;

/**
 * Links stay short (docs/url-format.md): every catalogue preset with any one change, at a four-digit tick,
 * gives a whole widget URL of at most 120 characters on a 24-character host.
 */
class ShareLengthTest {
  private static final String LONGEST_PAGE = "https://timeslice.example/play/scheduler?";
  private static final int LIMIT = 120;

  private static List<UnaryOperator<Scenario>> oneChange() {
    List<UnaryOperator<Scenario>> changes = new ArrayList<>();
    changes.add(s -> s);
    changes.add(s -> s.withScheduler(s.scheduler().withQuantumTicks(s.scheduler().quantumTicks() + 7)));
    changes.add(s -> s.withMachine(new Machine(s.machine().cores() + 3, s.machine().contextSwitchTicks())));
    changes.add(s -> s.withMachine(new Machine(s.machine().cores(), s.machine().contextSwitchTicks() + 2)));
    changes.add(s -> s.withSeed(s.seed() + 12345));
    changes.add(s -> {
      List<TaskSpec> tasks = new ArrayList<>(s.tasks());
      TaskSpec first = tasks.get(0);
      tasks.set(0, TaskSpec.of(first.name(), first.arrivalTick(), Op.cpu(5), Op.io(3), Op.cpu(2)));
      return s.withTasks(tasks);
    });
    changes.add(s -> {
      List<TaskSpec> tasks = new ArrayList<>(s.tasks());
      TaskSpec first = tasks.get(0);
      tasks.set(0, new TaskSpec("Editor", first.arrivalTick() + 9, first.priority(), first.tickets(),
          first.program()));
      return s.withTasks(tasks);
    });
    changes.add(s -> {
      List<TaskSpec> tasks = new ArrayList<>(s.tasks());
      tasks.add(TaskSpec.of("New", 4, Op.cpu(6), Op.io(2), Op.cpu(3)));
      return s.withTasks(tasks);
    });
    changes.add(s -> s.withTasks(s.tasks().subList(0, s.tasks().size() - 1).isEmpty()
        ? s.tasks() : s.tasks().subList(0, s.tasks().size() - 1)));
    return changes;
  }

  @Test
  void everyPresetWithOneChangeGivesALinkOfAtMost120Characters() {
    List<String> tooLong = new ArrayList<>();
    int longest = 0;
    for (Preset preset : Presets.all()) {
      List<UnaryOperator<Scenario>> changes = oneChange();
      for (int c = 0; c < changes.size(); c++) {
        ShareState state = ShareState.of(changes.get(c).apply(preset.scenario()), preset.id(), 1234);
        String url = LONGEST_PAGE + ShareUrl.query(state);
        longest = Math.max(longest, url.length());
        if (url.length() > LIMIT) {
          tooLong.add(preset.id() + " change " + c + ": " + url.length() + " " + url);
        }
        DecodeResult back = ShareUrl.decode(ShareUrl.payload(state), ShareUrl.tick(state));
        int change = c;
        assertTrue(back.ok() && back.state().equals(state), () -> preset.id() + " change " + change
            + " round trip: " + (back.ok() ? back.state() + " != " + state : back.error()));
      }
    }
    assertTrue(tooLong.isEmpty(), String.join("\n", tooLong));
    assertTrue(longest > LONGEST_PAGE.length() + 10, "the links were really built: " + longest);
  }
}
