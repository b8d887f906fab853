package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.JavaName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The format of the schema resource the processor ships for each widget ({@code
 * <Type>.schema.json}): the widget's own schema, with each widget and enum it refers to written
 * {@code {"$ref": "<package>/<Nested.Name>"}}, its enums' schemas under {@code $defs} by those
 * names, and under {@code $references} what each name is. A complete document is assembled from
 * these parts (by {@link SchemaAssembler} here, by the runtime's {@code SchemaAssembly} for users),
 * so each part holds only its own definitions, however many widgets reach it.
 *
 * <p>What a reference is: {@value #ENUM}; {@value #WIDGET}, a widget of the same compilation;
 * {@value #VALUE}, such a widget that is a value record (inlined where it is used); {@value
 * #EMBEDDED}, a widget compiled elsewhere, whose own document is embedded; or {@value #MISSING},
 * such a widget whose schema was not found at compile time.
 */
final class SchemaParts {
  static final String REFERENCES = "$references";
  static final String ENUM = "enum";
  static final String WIDGET = "widget";
  static final String VALUE = "value";
  static final String EMBEDDED = "embedded";
  static final String MISSING = "missing";

  private SchemaParts() {}

  /** {@code com.acme/Outer.Inner}: the name a part refers to a type by. */
  static String id(JavaName name) {
    return name.packageName() + "/" + name.nestedName();
  }

  static JavaName name(String id) {
    int slash = id.indexOf('/');
    return new JavaName(id.substring(0, slash), List.of(id.substring(slash + 1).split("\\.")));
  }

  static Map<String, Object> reference(String id) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", id);
    return ref;
  }
}
