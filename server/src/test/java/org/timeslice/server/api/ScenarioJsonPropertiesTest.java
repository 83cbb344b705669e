package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.timeslice.model.scenario.Scenario;

/** The codec's round trips: what {@link ScenarioJson} writes it reads back to an equal scenario. */
class ScenarioJsonPropertiesTest {

  @Property(tries = 500)
  void everyWellTypedScenarioSurvivesWriteThenRead(@ForAll("anyScenario") Scenario scenario) {
    String json = ScenarioJson.write(scenario);
    assertEquals(scenario, ScenarioJson.fromTree(ScenarioJson.readTree(json.getBytes(StandardCharsets.UTF_8))),
        json);
  }

  @Property(tries = 500)
  void everyValidScenarioSurvivesWriteThenParseWithValidation(@ForAll("validScenario") Scenario scenario) {
    String json = ScenarioJson.write(scenario);
    assertEquals(scenario, ScenarioJson.parse(json), json);
  }

  @Property(tries = 200)
  void writingIsCanonicalSoRewritingGivesTheSameText(@ForAll("anyScenario") Scenario scenario) {
    String once = ScenarioJson.write(scenario);
    String twice = ScenarioJson.write(
        ScenarioJson.fromTree(ScenarioJson.readTree(once.getBytes(StandardCharsets.UTF_8))));
    assertEquals(once, twice);
  }

  @Provide
  Arbitrary<Scenario> anyScenario() {
    return ScenarioArbitraries.anyScenario();
  }

  @Provide
  Arbitrary<Scenario> validScenario() {
    return ScenarioArbitraries.validNativeScenario();
  }
}
