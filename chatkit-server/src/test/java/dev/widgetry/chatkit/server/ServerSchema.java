package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * chatkit-python 1.6.5's own types as JSON Schema ({@code server.schema.json}, generated from its
 * pydantic models and copied from the project's spec folder into the test resources), and
 * validation against any of its {@code $defs}, with formats ({@code date-time}, {@code uri})
 * asserted.
 */
final class ServerSchema {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOCUMENT = read("/chatkit/server.schema.json");
  /** Where the registry finds the document: every definition is compiled once, whoever refers to it. */
  private static final String ID = "https://widgetry.dev/test/server.schema.json";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemas(Map.of(ID, DOCUMENT.toString()))
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> BY_DEFINITION = new ConcurrentHashMap<>();

  private ServerSchema() {}

  /** The problems {@code #/$defs/<definition>} finds in {@code instance}; empty when it is valid. */
  static List<String> problems(JsonNode instance, String definition) {
    Schema schema = BY_DEFINITION.computeIfAbsent(definition, ServerSchema::rootedAt);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  /** A definition of the schema, such as {@code ThreadStreamEvent} or {@code validation_ThreadsCreateReq}. */
  static JsonNode definition(String name) {
    JsonNode definition = DOCUMENT.path("$defs").path(name);
    if (definition.isMissingNode()) {
      throw new IllegalArgumentException("server.schema.json has no definition " + name);
    }
    return definition;
  }

  private static Schema rootedAt(String definition) {
    definition(definition);
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + definition));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ServerSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
