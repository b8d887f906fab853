package dev.widgetry.samples.gallery;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
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
 * The official A2UI v0.9 {@code server_to_client_list.json} (the copy in a2ui's test resources),
 * under networknt's validator with format assertions on: the oracle the sample surfaces are held to.
 */
final class OfficialA2uiSchema {
  private static final String BASE = "https://a2ui.org/specification/v0_9/";
  private static final Path FOLDER = Path.of("..", "a2ui", "src", "test", "resources", "a2ui", "v0_9");
  private static final Schema MESSAGES = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemas(id -> id.startsWith(BASE) ? read(FOLDER.resolve(id.substring(BASE.length()))) : null))
      .getSchema(SchemaLocation.of(BASE + "server_to_client_list.json"));

  private OfficialA2uiSchema() {}

  /** What the official schema finds wrong in {@code messages}; empty when they are valid. */
  static List<String> problems(JsonNode messages) {
    List<String> problems = new ArrayList<>();
    for (Error error : MESSAGES.validate(messages)) {
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
