package dev.widgetry.tests.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The official A2UI v0.9 schemas (the a2ui module's test resources, whose folder the build passes),
 * validated with networknt's json-schema-validator: the {@code https://a2ui.org/...} ids mapped to
 * the copies, format assertions on.
 */
public final class OfficialA2uiSchemas {
  private static final String BASE = "https://a2ui.org/specification/v0_9/";

  private OfficialA2uiSchemas() {}

  /** What {@code server_to_client_list.json} finds wrong in {@code messages}, with the official basic catalog. */
  public static List<String> problems(JsonNode messages) {
    return problems(null, messages);
  }

  /**
   * What {@code server_to_client_list.json} finds wrong in {@code messages}; empty when they are
   * valid. {@code catalog} stands for the basic catalog's document, or null for the official one.
   */
  public static List<String> problems(String catalog, JsonNode messages) {
    Path schemas = Path.of(System.getProperty("widgetry.a2ui.schemas"));
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemas(id -> {
          if (catalog != null && id.equals(BASE + "catalog.json")) {
            return catalog;
          }
          return id.startsWith(BASE) ? read(schemas.resolve(id.substring(BASE.length()))) : null;
        }));
    List<String> problems = new ArrayList<>();
    for (Error error : registry.getSchema(SchemaLocation.of(BASE + "server_to_client_list.json")).validate(messages)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
