package dev.widgetry.benchmarks.a2ui;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The official A2UI schemas of a list of server messages, v0.9's ({@code server_to_client_list.json})
 * and v1.0's ({@code agent_to_renderer_list.json}), loaded by networknt's json-schema-validator from
 * the unmodified copies on the class path, with format assertions on, as the a2ui module's tests
 * use them: the {@code https://a2ui.org/...} ids mapped to the copies (the basic catalog's id to
 * {@code catalog.json}, v1.0's list ids without their {@code json/} segment).
 */
public final class OfficialSchemas {
  private static final String BASE = "https://a2ui.org/specification/v0_9/";
  private static final String BASIC_CATALOG = BASE + "catalogs/basic/catalog.json";
  private static final String V1_BASE = "https://a2ui.org/specification/v1_0/";

  private OfficialSchemas() {}

  /** The v0.9 schema of a JSON array of server messages, ready to validate. */
  public static Schema serverMessageList() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemas(OfficialSchemas::text));
    return ready(registry, BASE + "server_to_client_list.json");
  }

  /**
   * The v1.0 schema of a JSON array of agent-to-renderer messages, ready to validate. v1.0's
   * extension keys are matched by {@code \p{XID_Start}} and {@code \p{XID_Continue}}, which
   * java.util.regex lacks: they are given to it as the Unicode categories UAX #31 builds them from,
   * as the a2ui module's tests do.
   */
  public static Schema agentToRendererList() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
            .regularExpressionFactory(regex -> JDKRegularExpressionFactory.getInstance().getRegularExpression(regex
                .replace("\\p{XID_Start}", "\\p{L}\\p{Nl}")
                .replace("\\p{XID_Continue}", "\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}")))
            .build())
        .schemas(OfficialSchemas::v1Text));
    return ready(registry, V1_BASE + "json/agent_to_renderer_list.json");
  }

  private static Schema ready(SchemaRegistry registry, String id) {
    Schema schema = registry.getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  private static String text(String id) {
    if (id.equals(BASIC_CATALOG)) {
      return resource("v0_9", "catalog.json");
    }
    return id.startsWith(BASE) ? resource("v0_9", id.substring(BASE.length())) : null;
  }

  private static String v1Text(String id) {
    if (!id.startsWith(V1_BASE)) {
      return null;
    }
    return resource("v1_0", id.substring(V1_BASE.length()).replace("json/", "").replace("catalogs/basic/", ""));
  }

  private static String resource(String version, String file) {
    String path = "/a2ui/" + version + "/" + file;
    try (InputStream in = OfficialSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no " + path + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
