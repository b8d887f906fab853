package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official A2UI v1.0 schemas (test resources, copied unmodified from {@code @a2ui/web_core}
 * 0.11.0), validated with networknt's json-schema-validator, format assertions on, with the official
 * basic catalog's document or another given. Their ids map to the copies: the list files' ids carry
 * a {@code json/} segment, the basic catalog's {@code catalogs/basic/}. v1.0's extension keys are
 * matched by {@code \p{XID_Start}} and {@code \p{XID_Continue}}, which java.util.regex lacks: they
 * are given to it as the Unicode categories UAX #31 builds them from (without its few exceptions,
 * which no test key uses). The tests module uses them through this module's test jar.
 */
public final class OfficialV1Schemas {
  static final String BASE = "https://a2ui.org/specification/v1_0/";
  private static final OfficialV1Schemas OFFICIAL = new OfficialV1Schemas(null);
  private static final Map<String, OfficialV1Schemas> BY_CATALOG = new ConcurrentHashMap<>();

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OfficialV1Schemas(String catalog) {
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
            .regularExpressionFactory(regex -> JDKRegularExpressionFactory.getInstance().getRegularExpression(regex
                .replace("\\p{XID_Start}", "\\p{L}\\p{Nl}")
                .replace("\\p{XID_Continue}", "\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}")))
            .build())
        .schemas(id -> catalog != null && id.equals(BASE + "catalog.json") ? catalog : text(id)));
  }

  /** The schemas with the official basic catalog. */
  public static OfficialV1Schemas official() {
    return OFFICIAL;
  }

  /**
   * The schemas with {@code catalog} standing for {@code catalog.json}, the document the schemas
   * check a function call against, which an application replaces with its own.
   */
  public static OfficialV1Schemas withCatalog(String catalog) {
    return BY_CATALOG.computeIfAbsent(catalog, OfficialV1Schemas::new);
  }

  /** What {@code file} ({@code agent_to_renderer_list.json}...) finds wrong in {@code instance}; empty when valid. */
  public List<String> problems(String file, JsonNode instance) {
    String id = BASE + (file.endsWith("_list.json") || file.endsWith("_list_wrapper.json") ? "json/" : "") + file;
    Schema schema = schemas.computeIfAbsent(id, name -> registry.getSchema(SchemaLocation.of(name)));
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private static String text(String id) {
    if (!id.startsWith(BASE)) {
      return null;
    }
    String file = id.substring(BASE.length()).replace("json/", "").replace("catalogs/basic/", "");
    return OfficialExamples.resource("/a2ui/v1_0/" + file);
  }
}
