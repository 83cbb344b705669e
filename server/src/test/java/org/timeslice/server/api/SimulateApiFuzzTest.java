package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * No input makes {@code POST /api/simulate} answer 500: random bytes, random JSON, and valid scenarios with
 * random damage all get either a result (200) or the JSON error shape (400). One server serves every try.
 */
class SimulateApiFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static Javalin server;
  private static HttpClient http;

  @BeforeContainer
  static void startServer() {
    server = App.create(AppConfig.defaults().withPort(0)).start(0);
    http = HttpClient.newHttpClient();
  }

  @AfterContainer
  static void stopServer() {
    server.stop();
  }

  @Property(tries = 300)
  void randomBytesNeverCauseA500(@ForAll("bytes") byte[] body) throws Exception {
    assertAnsweredWithoutServerError(body);
  }

  @Property(tries = 300)
  void randomJsonNeverCausesA500(@ForAll("json") JsonNode body) throws Exception {
    assertAnsweredWithoutServerError(body.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 400)
  void damagedValidScenariosNeverCauseA500(
      @ForAll("validScenario") Scenario scenario, @ForAll long damageSeed) throws Exception {
    ObjectNode tree = ScenarioJson.toTree(scenario);
    Random random = new Random(damageSeed);
    int damages = 1 + random.nextInt(3);
    for (int i = 0; i < damages; i++) {
      damage(tree, random);
    }
    assertAnsweredWithoutServerError(tree.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 100)
  void validScenariosAlwaysGiveAResult(@ForAll("validScenario") Scenario scenario) throws Exception {
    HttpResponse<String> response = post(ScenarioJson.write(scenario).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), ScenarioJson.write(scenario) + " → " + response.body());
  }

  private static void assertAnsweredWithoutServerError(byte[] body) throws Exception {
    HttpResponse<String> response = post(body);
    String replay = "body (UTF-8, lossy): " + new String(body, StandardCharsets.UTF_8) + " → " + response.body();
    assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
        "status " + response.statusCode() + " for " + replay);
    if (response.statusCode() == 400) {
      JsonNode error = ScenarioJson.MAPPER.readTree(response.body());
      assertEquals(List.of("error", "field", "limit"), SimulateApiTest.names(error), replay);
      assertTrue(error.get("field").isTextual() && error.get("limit").isTextual(), replay);
    }
  }

  private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
    return JsonPosts.post(http, server, "/api/simulate", body);
  }

  /** One random change somewhere in the tree: remove, replace, add an unknown field, or repeat an element. */
  private static void damage(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int choice = random.nextInt(4);
      if (names.isEmpty() || choice == 0) {
        object.set(pick(random, "x", "name", "cpu", "io", "version", "levels", "ostep", "profile"), nastyValue(random));
      } else if (choice == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), nastyValue(random));
      }
    } else if (target instanceof ArrayNode array) {
      int choice = random.nextInt(3);
      if (array.isEmpty() || choice == 0) {
        array.add(nastyValue(random));
      } else if (choice == 1) {
        array.remove(random.nextInt(array.size()));
      } else {
        JsonNode copy = array.get(random.nextInt(array.size())).deepCopy();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          array.add(copy.deepCopy());
        }
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.elements().forEachRemaining(child -> collect(child, containers));
    }
  }

  /** Values chosen to hit boundaries: limits, overflow, fractions, other types, every enum and profile. */
  private static JsonNode nastyValue(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return NODES.numberNode(pickLong(random, 0, 1, -1, 2, 64, 65, 1000, 1001, 1_000_000, 1_000_001,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE));
      case 1:
        return random.nextBoolean() ? NODES.numberNode(1.5) : NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
      case 2:
        return NODES.textNode(pick(random, "", "A", "T0", "FIFO", "SJF", "STCF", "RR", "PRIORITY", "MLFQ",
            "LOTTERY", "PREEMPTED_FIRST", "ostep-scheduler", "ostep-process-run", "ostep-mlfq", "ostep-lottery",
            "SWITCH_ON_END", "IO_RUN_IMMEDIATE", "x".repeat(300)));
      case 3:
        return random.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(random.nextBoolean());
      case 4:
        return random.nextBoolean() ? NODES.arrayNode() : NODES.objectNode();
      default:
        ObjectNode op = NODES.objectNode();
        op.put(pick(random, "cpu", "io"), pickLong(random, 0, 1, 7, 1_000_000));
        return op;
    }
  }

  private static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  private static long pickLong(Random random, long... values) {
    return values[random.nextInt(values.length)];
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        Arbitraries.strings().ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \\u").ofMaxLength(200)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return jsonValue(4);
  }

  private static Arbitrary<JsonNode> jsonValue(int depth) {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        ScenarioArbitraries.text(10).map(NODES::textNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("version", "title", "profile", "machine", "cores", "scheduler", "policy", "tasks", "name",
            "program", "cpu", "io", "seed", "levels", "ostep"),
        ScenarioArbitraries.text(6));
    Arbitrary<JsonNode> array = jsonValue(depth - 1).list().ofMaxSize(4).map(items -> {
      ArrayNode node = NODES.arrayNode();
      items.forEach(node::add);
      return node;
    });
    Arbitrary<JsonNode> object = net.jqwik.api.Combinators.combine(keys, jsonValue(depth - 1))
        .as(java.util.Map::entry).list().ofMaxSize(5).map(entries -> {
          ObjectNode node = NODES.objectNode();
          entries.forEach(e -> node.set(e.getKey(), e.getValue()));
          return node;
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(3, object));
  }

  @Provide
  Arbitrary<Scenario> validScenario() {
    return ScenarioArbitraries.validNativeScenario();
  }
}
