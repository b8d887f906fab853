package dev.widgetry.runtime.internal;

import dev.widgetry.schema.internal.JsonPrinter;
import dev.widgetry.schema.internal.StrictSchema;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.Map;

/**
 * Derives, from a widget's schema document, its strict flavour (the subset structured-output model
 * APIs accept) and its tool definition, at run time, the first time they are asked for: the
 * processor ships one schema file a widget rather than three, which keeps a build that reaches many
 * widgets from writing every definition three times. The rules are widgetry-schema's
 * {@link StrictSchema} and {@link ToolDefinition}, the ones the processor applies to what it writes
 * itself (catalogs, actions).
 */
public final class StrictSchemas {
  private StrictSchemas() {}

  /** The strict flavour of a schema document's text. */
  public static String strict(String schema) {
    return JsonPrinter.print(StrictSchema.of(document(schema)));
  }

  /** Whether a schema document describes an object record: its root lists properties. */
  public static boolean describesRecord(String schema) {
    return document(schema).containsKey("properties");
  }

  /**
   * The tool definition, {@code {type: "function", name, description, parameters, strict}}, whose
   * parameters are the strict flavour of the document of the record named {@code simpleName}, and
   * whose description is the document's.
   */
  public static String toolDefinition(String simpleName, String schema) {
    Map<String, Object> strict = StrictSchema.of(document(schema));
    String description = (String) strict.getOrDefault("description", "");
    return JsonPrinter.print(ToolDefinition.of(ToolDefinition.nameOfType(simpleName), description, strict));
  }

  @SuppressWarnings("unchecked") // schema documents are JSON objects at the top
  private static Map<String, Object> document(String schema) {
    return (Map<String, Object>) SchemaJson.parse(schema);
  }
}
