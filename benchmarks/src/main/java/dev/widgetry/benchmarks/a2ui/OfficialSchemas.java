package dev.widgetry.benchmarks.a2ui;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The official A2UI v0.9 schema of a list of server messages ({@code server_to_client_list.json}),
 * loaded by networknt's json-schema-validator from the unmodified copies on the class path (the
 * {@code https://a2ui.org/...} ids mapped to them, the basic catalog's id to {@code catalog.json}),
 * with format assertions on, as the a2ui module's tests use it.
 */
public final class OfficialSchemas {
  private static final String BASE = "https://a2ui.org/specification/v0_9/";
  private static final String BASIC_CATALOG = BASE + "catalogs/basic/catalog.json";

  private OfficialSchemas() {}

  /** The schema of a JSON array of server messages, ready to validate. */
  public static Schema serverMessageList() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemas(OfficialSchemas::text));
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + "server_to_client_list.json"));
    schema.initializeValidators();
    return schema;
  }

  private static String text(String id) {
    if (id.equals(BASIC_CATALOG)) {
      return resource("catalog.json");
    }
    return id.startsWith(BASE) ? resource(id.substring(BASE.length())) : null;
  }

  private static String resource(String file) {
    try (InputStream in = OfficialSchemas.class.getResourceAsStream("/a2ui/v0_9/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no /a2ui/v0_9/" + file + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
