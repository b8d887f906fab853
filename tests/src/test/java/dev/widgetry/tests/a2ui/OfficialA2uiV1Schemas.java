package dev.widgetry.tests.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The official A2UI v1.0 schemas (the a2ui module's test resources, whose folder the build passes),
 * validated with networknt's json-schema-validator, format assertions on. The list files' ids carry
 * a {@code json/} segment and the basic catalog's a {@code catalogs/basic/} one, which the copies
 * lack. v1.0's extension keys are matched by {@code \p{XID_Start}} and {@code \p{XID_Continue}},
 * which java.util.regex lacks: they are given to it as the Unicode categories UAX #31 builds them
 * from, as the a2ui module's own v1.0 tests do.
 */
public final class OfficialA2uiV1Schemas {
  private static final String BASE = "https://a2ui.org/specification/v1_0/";
  private static final SchemaRegistry REGISTRY = registry(OfficialA2uiV1Schemas::text);

  private static SchemaRegistry registry(Function<String, String> texts) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .regularExpressionFactory(regex -> JDKRegularExpressionFactory.getInstance().getRegularExpression(regex
                    .replace("\\p{XID_Start}", "\\p{L}\\p{Nl}")
                    .replace("\\p{XID_Continue}", "\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}")))
                .build())
            .schemas(texts));
  }

  private OfficialA2uiV1Schemas() {}

  /**
   * What {@code file} ({@code agent_to_renderer_list.json}, {@code renderer_to_agent.json}...) finds
   * wrong in {@code instance}; empty when it is valid.
   */
  public static List<String> problems(String file, JsonNode instance) {
    return problems(REGISTRY, file, instance);
  }

  /**
   * What {@code file} finds wrong in {@code instance} when the catalog in use is {@code catalog}
   * rather than the basic one: the schemas check a function call against the functions of {@code
   * catalog.json}, which an application replaces with its own.
   */
  public static List<String> problems(String file, JsonNode instance, String catalog) {
    SchemaRegistry registry = registry(id -> id.equals(BASE + "catalog.json") ? catalog : text(id));
    return problems(registry, file, instance);
  }

  private static List<String> problems(SchemaRegistry registry, String file, JsonNode instance) {
    String id = BASE + (file.contains("_list") ? "json/" : "") + file;
    Schema schema = registry.getSchema(SchemaLocation.of(id));
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
    try {
      return Files.readString(Path.of(System.getProperty("widgetry.a2ui.v1.schemas")).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
