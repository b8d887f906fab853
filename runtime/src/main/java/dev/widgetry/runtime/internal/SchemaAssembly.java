package dev.widgetry.runtime.internal;

import dev.widgetry.schema.internal.JsonPrinter;
import dev.widgetry.schema.internal.SchemaAssembler;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Assembles a widget's complete schema document from the parts widgetry-processor ships, one a
 * widget ({@code <Type>.schema.json}), by widgetry-schema's {@link SchemaAssembler}, the rules the
 * processor assembles its own documents by. Each part holds the widget's own schema, refers to the
 * widgets and enums it reaches by id ({@code <package>/<Nested.Name>}) and says what each is; the
 * ids are the only resources read: no class path is scanned.
 */
public final class SchemaAssembly {
  private static final String SUFFIX = ".schema.json";

  private SchemaAssembly() {}

  /**
   * The document of the widget whose generated codec names {@code schemaResource}, its parts read
   * from {@code type}'s class loader.
   */
  public static String document(Class<?> type, String schemaResource) {
    String nested = schemaResource.substring(0, schemaResource.length() - SUFFIX.length());
    String root = type.getPackageName() + "/" + nested;
    return document(root, id -> Resources.read(type, resourceOf(id)));
  }

  /** The document of the widget {@code rootId}, with the text of each part by id. */
  public static String document(String rootId, Function<String, String> partTexts) {
    Function<String, Map<String, Object>> parts = parsedOnce(partTexts);
    return JsonPrinter.print(new SchemaAssembler(parts).document(rootId, parts.apply(rootId)));
  }

  /** {@code /com/acme/Outer.Inner.schema.json} for {@code com.acme/Outer.Inner}. */
  static String resourceOf(String id) {
    int slash = id.indexOf('/');
    String path = id.substring(0, slash).replace('.', '/');
    return "/" + (path.isEmpty() ? "" : path + "/") + id.substring(slash + 1) + SUFFIX;
  }

  /** The parts by id, each read and parsed once however often a document reaches it. */
  @SuppressWarnings("unchecked") // parts are JSON objects at the top
  private static Function<String, Map<String, Object>> parsedOnce(Function<String, String> texts) {
    Map<String, Map<String, Object>> parsed = new HashMap<>();
    return id -> parsed.computeIfAbsent(id, key -> (Map<String, Object>) SchemaJson.parse(texts.apply(key)));
  }
}
