package dev.widgetry.chatkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ChatKit's own component catalog, {@code widgets.schema.json} (draft-07), copied from the
 * project's spec folder into the test resources, and validation against any of its definitions.
 */
final class OfficialSchema {
  static final JsonNode DOCUMENT = Json.resource("/chatkit/widgets.schema.json");
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Map<String, Schema> BY_DEFINITION = new ConcurrentHashMap<>();

  private OfficialSchema() {}

  /** The problems the official schema finds in a root widget; empty when it is valid. */
  static List<String> problems(JsonNode widget) {
    return problems(widget, "WidgetRoot");
  }

  /** The problems {@code #/definitions/<definition>} finds in {@code instance}; empty when valid. */
  static List<String> problems(JsonNode instance, String definition) {
    Schema schema = BY_DEFINITION.computeIfAbsent(definition, OfficialSchema::rootedAt);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  /** A definition of the official schema, such as {@code TextComponent} or {@code ThemeColor}. */
  static JsonNode definition(String name) {
    JsonNode definition = DOCUMENT.path("definitions").path(name);
    if (definition.isMissingNode()) {
      throw new IllegalArgumentException("widgets.schema.json has no definition " + name);
    }
    return definition;
  }

  /** The whole document, with its root reference pointed at one definition. */
  private static Schema rootedAt(String definition) {
    definition(definition);
    ObjectNode document = DOCUMENT.deepCopy();
    document.put("$ref", "#/definitions/" + definition);
    return REGISTRY.getSchema(document);
  }
}
