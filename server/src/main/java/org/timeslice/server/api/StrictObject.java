package org.timeslice.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * A strict, read-only view of one JSON object at a known path. Every accessor either returns a value of
 * the asked-for type or throws {@link InvalidScenarioException} naming the field's full JSON path (e.g.
 * {@code tasks[1].arrival}) and what was expected (e.g. {@code integer}).
 *
 * <p>Strictness rules: {@code null} is never a value (an optional field is either absent or well-typed);
 * integers must be JSON integers ({@code 5}, not {@code 5.0} or {@code "5"}) and fit the Java type; a
 * field not listed in {@link #allowOnly} is an error.
 */
final class StrictObject {
  private final JsonNode node;
  private final String path;

  private StrictObject(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Views {@code node} (found at {@code path}) as an object, or throws naming {@code path}. */
  static StrictObject of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw typeError(path, "object", node);
    }
    return new StrictObject(node, path);
  }

  /** Throws for the first field (in document order) whose name is not in {@code known}. */
  StrictObject allowOnly(List<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String field = child(name);
        throw new InvalidScenarioException(field, "one of: " + String.join(", ", known),
            "unknown field " + field + " (known fields here: " + String.join(", ", known) + ")");
      }
    }
    return this;
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The path of a field of this object, e.g. {@code scheduler.policy}. */
  String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  int requiredInt(String name) {
    return toInt(required(name), child(name));
  }

  int optionalInt(String name, int absent) {
    return has(name) ? toInt(node.get(name), child(name)) : absent;
  }

  long requiredLong(String name) {
    return toLong(required(name), child(name));
  }

  long optionalLong(String name, long absent) {
    return has(name) ? toLong(node.get(name), child(name)) : absent;
  }

  String requiredString(String name) {
    return toText(required(name), child(name));
  }

  String optionalString(String name, String absent) {
    return has(name) ? toText(node.get(name), child(name)) : absent;
  }

  boolean optionalBoolean(String name, boolean absent) {
    if (!has(name)) {
      return absent;
    }
    JsonNode value = node.get(name);
    if (!value.isBoolean()) {
      throw typeError(child(name), "boolean", value);
    }
    return value.booleanValue();
  }

  /** An enum constant given by its exact name, e.g. {@code "RR"}. */
  <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    return toEnum(required(name), child(name), type);
  }

  <E extends Enum<E>> E optionalEnum(String name, Class<E> type, E absent) {
    return has(name) ? toEnum(node.get(name), child(name), type) : absent;
  }

  /** The elements of an array field; each is paired with its path, e.g. {@code tasks[2]}. */
  List<Element> requiredArray(String name) {
    return elements(required(name), child(name));
  }

  List<Element> optionalArray(String name) {
    return has(name) ? elements(node.get(name), child(name)) : List.of();
  }

  StrictObject requiredObject(String name) {
    return of(required(name), child(name));
  }

  /** The object field, or null when absent. */
  StrictObject optionalObject(String name) {
    return has(name) ? of(node.get(name), child(name)) : null;
  }

  /** The names of this object's fields, in document order. */
  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  JsonNode get(String name) {
    return node.get(name);
  }

  String path() {
    return path;
  }

  /** One element of a JSON array and its path. */
  record Element(JsonNode node, String path) {}

  private JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      String field = child(name);
      throw new InvalidScenarioException(field, "required", field + " is required");
    }
    return value;
  }

  private static List<Element> elements(JsonNode array, String path) {
    if (!array.isArray()) {
      throw typeError(path, "array", array);
    }
    List<Element> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      elements.add(new Element(array.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  static int toInt(JsonNode value, String path) {
    if (value == null || !value.isIntegralNumber()) {
      throw typeError(path, "integer", value);
    }
    if (!value.canConvertToInt()) {
      throw new InvalidScenarioException(path, Integer.MIN_VALUE + ".." + Integer.MAX_VALUE,
          path + " is out of range: " + value.asText());
    }
    return value.intValue();
  }

  private static long toLong(JsonNode value, String path) {
    if (value == null || !value.isIntegralNumber()) {
      throw typeError(path, "integer", value);
    }
    if (!value.canConvertToLong()) {
      throw new InvalidScenarioException(path, Long.MIN_VALUE + ".." + Long.MAX_VALUE,
          path + " is out of range: " + value.asText());
    }
    return value.longValue();
  }

  private static String toText(JsonNode value, String path) {
    if (value == null || !value.isTextual()) {
      throw typeError(path, "string", value);
    }
    return value.textValue();
  }

  private static <E extends Enum<E>> E toEnum(JsonNode value, String path, Class<E> type) {
    String allowed = enumNames(type);
    if (value != null && value.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.textValue())) {
          return constant;
        }
      }
    }
    throw new InvalidScenarioException(path, "one of: " + allowed,
        path + " must be one of " + allowed + " but is " + describe(value));
  }

  private static String enumNames(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return String.join(", ", names);
  }

  static InvalidScenarioException typeError(String path, String expected, JsonNode actual) {
    String field = path.isEmpty() ? "body" : path;
    return new InvalidScenarioException(field, expected,
        field + " must be " + article(expected) + expected + " but is " + describe(actual));
  }

  private static String article(String expected) {
    return "aeiou".indexOf(expected.charAt(0)) >= 0 ? "an " : "a ";
  }

  /** A short description of a JSON value for error messages: its type and, for scalars, the value. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    } else if (value.isNull()) {
      return "null";
    } else if (value.isObject()) {
      return "an object";
    } else if (value.isArray()) {
      return "an array";
    } else if (value.isTextual()) {
      String text = value.textValue();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    } else if (value.isBoolean()) {
      return "the boolean " + value.booleanValue();
    }
    return "the number " + value.asText();
  }
}
