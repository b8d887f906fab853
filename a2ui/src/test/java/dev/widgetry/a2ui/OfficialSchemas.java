package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official A2UI v0.9 schemas (test resources, copied unmodified), validated with networknt's
 * json-schema-validator: the {@code https://a2ui.org/...} ids mapped to the copies, format
 * assertions on (else {@code format} is an annotation and DateTimeInput's bounds cannot be valid),
 * and the basic catalog's document the official one or another given. The tests module uses them
 * through this module's test jar.
 */
public final class OfficialSchemas {
  static final String BASE = "https://a2ui.org/specification/v0_9/";
  private static final String BASIC_CATALOG = BASE + "catalogs/basic/catalog.json";
  private static final Map<String, OfficialSchemas> BY_CATALOG = new ConcurrentHashMap<>();
  /** With the official basic catalog, read once (declared after BY_CATALOG, which it goes into). */
  private static final OfficialSchemas OFFICIAL = withCatalog(OfficialExamples.resource("/a2ui/v0_9/catalog.json"));

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OfficialSchemas(String catalog) {
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemas(id -> text(id, catalog)));
  }

  /** The schemas with the official basic catalog. */
  public static OfficialSchemas official() {
    return OFFICIAL;
  }

  /** The schemas with {@code catalog} standing for the basic catalog's document. */
  public static OfficialSchemas withCatalog(String catalog) {
    return BY_CATALOG.computeIfAbsent(catalog, OfficialSchemas::new);
  }

  /** What {@code file} ({@code server_to_client.json}...) finds wrong in {@code instance}; empty when valid. */
  public List<String> problems(String file, JsonNode instance) {
    Schema schema = schemas.computeIfAbsent(file, name -> registry.getSchema(SchemaLocation.of(BASE + name)));
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private static String text(String id, String catalog) {
    if (id.equals(BASIC_CATALOG) || id.equals(BASE + "catalog.json")) {
      return catalog;
    }
    if (id.startsWith(BASE)) {
      return OfficialExamples.resource("/a2ui/v0_9/" + id.substring(BASE.length()));
    }
    return null;
  }
}
