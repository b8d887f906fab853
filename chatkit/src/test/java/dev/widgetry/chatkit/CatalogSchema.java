package dev.widgetry.chatkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.runtime.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas (draft 2020-12) our processor generated for the catalog, as a validator sees them. */
final class CatalogSchema {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<Class<?>, Schema> BY_TYPE = new ConcurrentHashMap<>();

  private CatalogSchema() {}

  /** The generated schema of a catalog type, parsed. */
  static JsonNode of(Class<?> type) {
    return Json.parse(Widgets.schema(type));
  }

  /** The problems the generated schema of {@code type} finds in {@code instance}; empty when valid. */
  static List<String> problems(Class<?> type, JsonNode instance) {
    Schema schema = BY_TYPE.computeIfAbsent(type, t -> REGISTRY.getSchema(of(t)));
    return messages(schema.validate(instance));
  }

  /** The problems the draft 2020-12 meta-schema finds in a schema; empty when it is a valid schema. */
  static List<String> metaSchemaProblems(JsonNode schema) {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return messages(meta.validate(schema));
  }

  private static List<String> messages(List<Error> errors) {
    List<String> problems = new ArrayList<>();
    for (Error error : errors) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }
}
