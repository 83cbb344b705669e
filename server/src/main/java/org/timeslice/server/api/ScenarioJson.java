package org.timeslice.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.ScenarioValidator;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * The scenario's JSON form (docs/scenario-format.md, docs/api.md) ↔ {@link Scenario}.
 *
 * <p>Reading is strict: unknown fields, {@code null}s, wrong types, non-integer numbers, duplicate keys and
 * trailing content are errors. Every error is an {@link InvalidScenarioException} whose {@code field} is the
 * JSON path ({@code tasks[1].program[0]}, {@code scheduler.policy}; {@code body} for the document itself)
 * and whose {@code limit} states what was expected ({@code integer}, {@code required}, {@code one of: …}).
 * Required: {@code version}, {@code machine.cores}, {@code scheduler.policy}, {@code tasks} and each task's
 * {@code name} and {@code program}. Everything else has the default of the model's records.
 *
 * <p>Writing is canonical: fields in a fixed order, fields equal to their default omitted (except
 * {@code title}, {@code machine}, a task's {@code arrival} and {@code seed}, which are always written), so
 * {@code fromTree(toTree(s)).equals(s)} for every scenario whose strings and lists are non-null.
 */
public final class ScenarioJson {
  /** The shared, thread-safe mapper: strict duplicate detection, no trailing tokens, no JSON extensions. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final List<String> SCENARIO_FIELDS = List.of(
      "version", "title", "profile", "machine", "scheduler", "tasks", "seed", "ostep");
  private static final List<String> MACHINE_FIELDS = List.of("cores", "contextSwitchTicks");
  private static final List<String> SCHEDULER_FIELDS = List.of(
      "policy", "quantumTicks", "preemptive", "agingTicks", "levels", "boostTicks", "stayAfterIo",
      "ioBumpToFront", "requeueOrder");
  private static final List<String> LEVEL_FIELDS = List.of("quantumTicks", "allotment");
  private static final List<String> TASK_FIELDS = List.of(
      "name", "arrival", "priority", "tickets", "program");
  private static final List<String> OSTEP_FIELDS = List.of("switchBehavior", "ioDoneBehavior", "skipDraws");
  private static final SchedulerSpec SCHEDULER_DEFAULTS = SchedulerSpec.of(Policy.FIFO);

  private ScenarioJson() {}

  /**
   * Parses and validates a scenario document (UTF-8).
   *
   * @throws InvalidScenarioException for bad syntax (field {@code body}), bad structure or types, or a
   *     broken {@link ScenarioValidator} rule
   */
  public static Scenario parse(byte[] json) {
    Scenario scenario = fromTree(readTree(json));
    ScenarioValidator.validate(scenario);
    return scenario;
  }

  /** {@link #parse(byte[])} of a string. */
  public static Scenario parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a JSON document into a tree, strictly.
   *
   * @throws InvalidScenarioException with field {@code body} and limit {@code JSON} if it is not one
   *     well-formed JSON value
   */
  public static JsonNode readTree(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidScenarioException("body", "JSON", "body is not valid JSON: " + syntaxMessage(e));
    } catch (IOException e) {
      // Reading a byte array does no I/O: this is a decoding error (e.g. invalid UTF-32), i.e. bad input.
      throw new InvalidScenarioException("body", "JSON", "body is not valid JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidScenarioException("body", "JSON", "body is empty; expected a scenario object");
    }
    return root;
  }

  /**
   * The scenario a tree describes, checked for structure and types only (not {@link ScenarioValidator}).
   *
   * @throws InvalidScenarioException naming the JSON path of the first bad field
   */
  public static Scenario fromTree(JsonNode root) {
    StrictObject doc = StrictObject.of(root, "").allowOnly(SCENARIO_FIELDS);
    int version = doc.requiredInt("version");
    String title = doc.optionalString("title", "");
    Profile profile = profile(doc);
    Machine machine = machine(doc.requiredObject("machine"));
    SchedulerSpec scheduler = scheduler(doc.requiredObject("scheduler"));
    List<TaskSpec> tasks = new ArrayList<>();
    for (StrictObject.Element element : doc.requiredArray("tasks")) {
      tasks.add(task(StrictObject.of(element.node(), element.path())));
    }
    long seed = doc.optionalLong("seed", 0L);
    StrictObject ostepNode = doc.optionalObject("ostep");
    OstepOptions ostep = ostepNode == null ? OstepOptions.defaults() : ostep(ostepNode);
    return new Scenario(version, title, profile, machine, scheduler, tasks, seed, ostep);
  }

  private static Profile profile(StrictObject doc) {
    String name = doc.optionalString("profile", null);
    Profile profile = Profile.fromJsonName(name);
    if (profile == null || (name != null && profile == Profile.NATIVE)) {
      String allowed = "absent, ostep-scheduler, ostep-process-run, ostep-mlfq, ostep-lottery";
      throw new InvalidScenarioException("profile", "one of: " + allowed,
          "profile must be one of " + allowed + " but is \"" + name + "\"");
    }
    return profile;
  }

  private static Machine machine(StrictObject m) {
    m.allowOnly(MACHINE_FIELDS);
    return new Machine(m.requiredInt("cores"), m.optionalInt("contextSwitchTicks", 0));
  }

  private static SchedulerSpec scheduler(StrictObject s) {
    s.allowOnly(SCHEDULER_FIELDS);
    SchedulerSpec d = SCHEDULER_DEFAULTS;
    Policy policy = s.requiredEnum("policy", Policy.class);
    int quantumTicks = s.optionalInt("quantumTicks", d.quantumTicks());
    boolean preemptive = s.optionalBoolean("preemptive", d.preemptive());
    int agingTicks = s.optionalInt("agingTicks", d.agingTicks());
    List<MlfqLevel> levels = new ArrayList<>();
    for (StrictObject.Element element : s.optionalArray("levels")) {
      StrictObject level = StrictObject.of(element.node(), element.path()).allowOnly(LEVEL_FIELDS);
      levels.add(new MlfqLevel(level.requiredInt("quantumTicks"), level.requiredInt("allotment")));
    }
    int boostTicks = s.optionalInt("boostTicks", d.boostTicks());
    boolean stayAfterIo = s.optionalBoolean("stayAfterIo", d.stayAfterIo());
    boolean ioBumpToFront = s.optionalBoolean("ioBumpToFront", d.ioBumpToFront());
    RequeueOrder requeueOrder = s.optionalEnum("requeueOrder", RequeueOrder.class, d.requeueOrder());
    return new SchedulerSpec(policy, quantumTicks, preemptive, agingTicks, levels, boostTicks,
        stayAfterIo, ioBumpToFront, requeueOrder);
  }

  private static TaskSpec task(StrictObject t) {
    t.allowOnly(TASK_FIELDS);
    String name = t.requiredString("name");
    int arrival = t.optionalInt("arrival", 0);
    int priority = t.optionalInt("priority", TaskSpec.DEFAULT_PRIORITY);
    int tickets = t.optionalInt("tickets", TaskSpec.DEFAULT_TICKETS);
    List<Op> program = new ArrayList<>();
    for (StrictObject.Element element : t.requiredArray("program")) {
      program.add(op(element));
    }
    return new TaskSpec(name, arrival, priority, tickets, program);
  }

  /** An op is an object with exactly one key, {@code cpu} or {@code io}, whose value is an integer. */
  private static Op op(StrictObject.Element element) {
    String shape = "{\"cpu\": n} or {\"io\": n}";
    StrictObject op = StrictObject.of(element.node(), element.path());
    List<String> keys = op.fieldNames();
    OpKind kind = keys.size() == 1 ? OpKind.fromJsonName(keys.get(0)) : null;
    if (kind == null) {
      throw new InvalidScenarioException(element.path(), shape,
          element.path() + " must be " + shape + " but has the keys " + keys);
    }
    return new Op(kind, op.requiredInt(kind.jsonName()));
  }

  private static OstepOptions ostep(StrictObject o) {
    o.allowOnly(OSTEP_FIELDS);
    OstepOptions d = OstepOptions.defaults();
    return new OstepOptions(
        o.optionalEnum("switchBehavior", SwitchBehavior.class, d.switchBehavior()),
        o.optionalEnum("ioDoneBehavior", IoDoneBehavior.class, d.ioDoneBehavior()),
        o.optionalInt("skipDraws", d.skipDraws()));
  }

  /** The canonical JSON text of a scenario (compact, one line). */
  public static String write(Scenario scenario) {
    try {
      return MAPPER.writeValueAsString(toTree(scenario));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  /** The canonical JSON tree of a scenario; see the class comment for what is omitted. */
  public static ObjectNode toTree(Scenario s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", s.version());
    root.put("title", s.title());
    if (s.profile() != Profile.NATIVE) {
      root.put("profile", s.profile().jsonName());
    }
    ObjectNode machine = root.putObject("machine");
    machine.put("cores", s.machine().cores());
    machine.put("contextSwitchTicks", s.machine().contextSwitchTicks());
    writeScheduler(root.putObject("scheduler"), s.scheduler());
    ArrayNode tasks = root.putArray("tasks");
    for (TaskSpec task : s.tasks()) {
      writeTask(tasks.addObject(), task);
    }
    root.put("seed", s.seed());
    if (!s.ostep().equals(OstepOptions.defaults())) {
      ObjectNode ostep = root.putObject("ostep");
      ostep.put("switchBehavior", s.ostep().switchBehavior().name());
      ostep.put("ioDoneBehavior", s.ostep().ioDoneBehavior().name());
      if (s.ostep().skipDraws() != 0) {
        ostep.put("skipDraws", s.ostep().skipDraws());
      }
    }
    return root;
  }

  private static void writeScheduler(ObjectNode node, SchedulerSpec s) {
    SchedulerSpec d = SCHEDULER_DEFAULTS;
    node.put("policy", s.policy().name());
    if (s.quantumTicks() != d.quantumTicks()) {
      node.put("quantumTicks", s.quantumTicks());
    }
    if (s.preemptive() != d.preemptive()) {
      node.put("preemptive", s.preemptive());
    }
    if (s.agingTicks() != d.agingTicks()) {
      node.put("agingTicks", s.agingTicks());
    }
    if (!s.levels().isEmpty()) {
      ArrayNode levels = node.putArray("levels");
      for (MlfqLevel level : s.levels()) {
        levels.addObject().put("quantumTicks", level.quantumTicks()).put("allotment", level.allotment());
      }
    }
    if (s.boostTicks() != d.boostTicks()) {
      node.put("boostTicks", s.boostTicks());
    }
    if (s.stayAfterIo() != d.stayAfterIo()) {
      node.put("stayAfterIo", s.stayAfterIo());
    }
    if (s.ioBumpToFront() != d.ioBumpToFront()) {
      node.put("ioBumpToFront", s.ioBumpToFront());
    }
    if (s.requeueOrder() != d.requeueOrder()) {
      node.put("requeueOrder", s.requeueOrder().name());
    }
  }

  private static void writeTask(ObjectNode node, TaskSpec task) {
    node.put("name", task.name());
    node.put("arrival", task.arrivalTick());
    if (task.priority() != TaskSpec.DEFAULT_PRIORITY) {
      node.put("priority", task.priority());
    }
    if (task.tickets() != TaskSpec.DEFAULT_TICKETS) {
      node.put("tickets", task.tickets());
    }
    ArrayNode program = node.putArray("program");
    for (Op op : task.program()) {
      program.addObject().put(op.kind().jsonName(), op.ticks());
    }
  }

  /** Jackson's message without its source excerpt, plus the line and column. */
  private static String syntaxMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    JsonLocation where = e.getLocation();
    if (message != null && message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return where == null ? String.valueOf(message)
        : message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
  }
}
