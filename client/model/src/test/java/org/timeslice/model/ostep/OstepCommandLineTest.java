package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;

/** Importing OSTEP command lines as scenarios. */
class OstepCommandLineTest {

  @Test
  void processRunProgramsBecomeCpuAndIoOps() {
    Scenario s = OstepCommandLine.parse(
        "python3 ./process-run.py -P c3,i,c2:i -L 4 -S SWITCH_ON_END -I IO_RUN_IMMEDIATE -c -p");
    assertEquals(Profile.OSTEP_PROCESS_RUN, s.profile());
    assertEquals(List.of(Op.cpu(3), Op.io(4), Op.cpu(2)), s.tasks().get(0).program());
    assertEquals(List.of(Op.io(4)), s.tasks().get(1).program());
    assertEquals("P0", s.tasks().get(0).name());
    assertEquals(SwitchBehavior.SWITCH_ON_END, s.ostep().switchBehavior());
    assertEquals(IoDoneBehavior.IO_RUN_IMMEDIATE, s.ostep().ioDoneBehavior());
  }

  /* python3 -c 'import random; random.seed(1); print([random.random() < 0.5 for _ in range(5)])' */
  @Test
  void processRunRandomListsDrawOnePythonRandomValuePerInstruction() {
    Scenario s = OstepCommandLine.parse("process-run.py -s 1 -l 5:50");
    assertEquals(List.of(Op.cpu(1), Op.io(5), Op.io(5), Op.cpu(2)), s.tasks().get(0).program());
  }

  @Test
  void optionsMayBeAttachedOrLong() {
    Scenario a = OstepCommandLine.parse("process-run.py -l5:100 -L3");
    Scenario b = OstepCommandLine.parse("process-run.py --processlist=5:100 --iolength 3");
    assertEquals(a.tasks(), b.tasks());
  }

  /* python3 -c 'import random; random.seed(7); print([int(10*random.random())+1 for _ in range(3)])' */
  @Test
  void schedulerRandomJobsUseIntOfMaxlenTimesRandomPlusOne() {
    Scenario s = OstepCommandLine.parse("scheduler.py -p RR -q 4 -j 3 -s 7");
    assertEquals(Profile.OSTEP_SCHEDULER, s.profile());
    assertEquals(Policy.RR, s.scheduler().policy());
    assertEquals(4, s.scheduler().quantumTicks());
    assertEquals(List.of(Op.cpu(4)), s.tasks().get(0).program());
    assertEquals(List.of(Op.cpu(2)), s.tasks().get(1).program());
    assertEquals(List.of(Op.cpu(7)), s.tasks().get(2).program());
  }

  @Test
  void schedulerLengthsParseAsNumbersButMustBeWhole() {
    assertEquals(List.of(Op.cpu(5)),
        OstepCommandLine.parse("scheduler.py -l 5.0,3").tasks().get(0).program());
    assertEquals("-l", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("scheduler.py -l 2.5,3")).field());
  }

  @Test
  void schedulerPolicyNamesAreCaseSensitive() {
    assertEquals("-p", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("scheduler.py -p rr -l 3")).field());
  }

  @Test
  void mlfqQuantumListOverridesTheLevelCountAndIsHighestFirst() {
    Scenario s = OstepCommandLine.parse("mlfq.py -n 5 -Q 2,4,8 -A 1,2,3 -B 50 -S -I -i 3 -l 0,10,4");
    assertEquals(List.of(new MlfqLevel(2, 1), new MlfqLevel(4, 2), new MlfqLevel(8, 3)),
        s.scheduler().levels());
    assertEquals(50, s.scheduler().boostTicks());
    assertTrue(s.scheduler().stayAfterIo());
    assertTrue(s.scheduler().ioBumpToFront());
    assertEquals(List.of(Op.cpu(4), Op.io(3), Op.cpu(4), Op.io(3), Op.cpu(2)),
        s.tasks().get(0).program());
  }

  @Test
  void mlfqDefaultsAreThreeLevelsOfTenWithAllotmentOne() {
    Scenario s = OstepCommandLine.parse("mlfq.py -l 5,20,0");
    assertEquals(List.of(new MlfqLevel(10, 1), new MlfqLevel(10, 1), new MlfqLevel(10, 1)),
        s.scheduler().levels());
    assertFalse(s.scheduler().stayAfterIo());
    assertEquals(5, s.tasks().get(0).arrivalTick());
    assertEquals(List.of(Op.cpu(20)), s.tasks().get(0).program());
  }

  /* python3 -c 'import random; random.seed(3); print([(int(random.random()*99+1), int(random.random()*9+1)) for _ in range(3)])' */
  @Test
  void mlfqRandomJobsDrawRunThenIoFreq() {
    Scenario s = OstepCommandLine.parse("mlfq.py -j 3 -s 3");
    assertEquals(24, s.tasks().get(0).cpuTicks());
    assertEquals(Op.cpu(5), s.tasks().get(0).program().get(0));
    assertEquals(37, s.tasks().get(1).cpuTicks());
    assertEquals(Op.cpu(6), s.tasks().get(1).program().get(0));
    assertEquals(62, s.tasks().get(2).cpuTicks());
  }

  @Test
  void mlfqAllotmentListMustMatchTheLevels() {
    assertEquals("-A", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("mlfq.py -Q 2,4 -A 1 -l 0,5,0")).field());
  }

  @Test
  void errorsNameTheFlag() {
    assertEquals("-S", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("process-run.py -l 1:100 -S SWITCH_SOMETIMES")).field());
    assertEquals("-L", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("process-run.py -l 1:100 -L x")).field());
    assertEquals("-P", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("process-run.py -P c1,x")).field());
    assertEquals("-q", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("scheduler.py -q")).field());
    assertEquals("-Z", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("mlfq.py -Z 3")).field());
    assertEquals("command", assertThrows(InvalidScenarioException.class,
        () -> OstepCommandLine.parse("lottery.py -j 3")).field());
  }
}
