package dev.widgetry.schema.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The format of the schema resource the processor ships for each widget ({@code
 * <Type>.schema.json}): the widget's own schema, with each widget and enum it refers to written
 * {@code {"$ref": "<package>/<Nested.Name>"}} (its id), its enums' schemas under {@code $defs} by
 * those ids, and under {@value #REFERENCES} what each id is. A complete document is assembled from
 * these parts by {@link SchemaAssembler} (in the processor for what it writes itself, in the
 * runtime for users), so each part holds only its own definitions, however many widgets reach it.
 *
 * <p>What a reference is: {@value #ENUM}; {@value #WIDGET}, a widget of the same compilation;
 * {@value #VALUE}, such a widget that is a value record (inlined where it is used); {@value
 * #EMBEDDED}, a widget compiled elsewhere, whose own document is embedded; or {@value #MISSING},
 * such a widget whose schema was not found at compile time.
 */
public final class SchemaParts {
  public static final String REFERENCES = "$references";
  public static final String ENUM = "enum";
  public static final String WIDGET = "widget";
  public static final String VALUE = "value";
  public static final String EMBEDDED = "embedded";
  public static final String MISSING = "missing";

  private SchemaParts() {}

  /** {@code com.acme.Outer.Inner} for the id {@code com.acme/Outer.Inner} ({@code /Outer.Inner}: no package). */
  public static String canonicalName(String id) {
    return id.startsWith("/") ? id.substring(1) : id.replace('/', '.');
  }

  /** {@code {"$ref": id}}: a part's reference to a widget or enum. */
  public static Map<String, Object> reference(String id) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", id);
    return ref;
  }
}
