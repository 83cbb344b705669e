package org.timeslice.server.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.timeslice.server.api.ApiException;
import org.timeslice.server.run.Catalogue.Model;
import org.timeslice.server.run.Catalogue.RunRuntime;
import org.timeslice.server.run.Catalogue.Workload;

/**
 * One validated {@code POST /api/run} body: {@code {"runtime","workload","model","workers","size"}}, all
 * required, nothing else allowed. Only these five values ever reach a child process, as argv.
 */
public record RunRequest(RunRuntime runtime, Workload workload, Model model, int workers, int size) {
  static final List<String> FIELDS = List.of("runtime", "workload", "model", "workers", "size");
  private static final int BAD_REQUEST = 400;
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  public RunRequest {
    if (workers < 1 || workers > RunConfig.MAX_WORKERS || size < 1 || size > RunConfig.MAX_SIZE
        || !model.existsFor(runtime)) {
      throw new IllegalArgumentException("invalid run request");
    }
  }

  /**
   * Parses and validates a request body.
   *
   * @throws ApiException 400 naming the offending field and its limit (an unknown workload or a model the
   *     catalogue does not have for the runtime included)
   */
  public static RunRequest parse(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw bad("body", "JSON", "the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw bad("body", "JSON", "the body could not be read");
    }
    if (root == null || !root.isObject()) {
      throw bad("body", "object", "the body must be a JSON object with the fields " + String.join(", ", FIELDS));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw bad(name, "one of: " + String.join(", ", FIELDS), "unknown field " + name);
      }
    }
    RunRuntime runtime = choice(root, "runtime", RunRuntime.class);
    Workload workload = choice(root, "workload", Workload.class);
    Model model = choice(root, "model", Model.class);
    if (!model.existsFor(runtime)) {
      List<String> models = Catalogue.wireNames(Catalogue.modelsFor(runtime).toArray(new Model[0]));
      throw bad("model", "one of: " + String.join(", ", models),
          "the model " + model.wireName() + " does not exist for the runtime " + runtime.wireName()
              + " (models for it: " + String.join(", ", models) + ")");
    }
    int workers = integer(root, "workers", RunConfig.MAX_WORKERS);
    int size = integer(root, "size", RunConfig.MAX_SIZE);
    return new RunRequest(runtime, workload, model, workers, size);
  }

  private static <E extends Enum<E>> E choice(JsonNode root, String field, Class<E> type) {
    String allowed = "one of: " + String.join(", ", Catalogue.wireNames(type.getEnumConstants()));
    JsonNode node = root.get(field);
    if (node == null) {
      throw bad(field, allowed, "the field " + field + " is required (" + allowed + ")");
    }
    E value = node.isTextual() ? Catalogue.byWireName(type, node.textValue()) : null;
    if (value == null) {
      throw bad(field, allowed, "unknown " + field + " " + abbreviate(node.toString()) + " (" + allowed + ")");
    }
    return value;
  }

  private static int integer(JsonNode root, String field, int max) {
    String limit = "1.." + max;
    JsonNode node = root.get(field);
    if (node == null) {
      throw bad(field, limit, "the field " + field + " is required (an integer " + limit + ")");
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > max) {
      throw bad(field, limit, field + " must be an integer " + limit + ", not " + abbreviate(node.toString()));
    }
    return node.intValue();
  }

  private static ApiException bad(String field, String limit, String message) {
    return new ApiException(BAD_REQUEST, field, limit, message);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
