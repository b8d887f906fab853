package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.internal.MetadataRules;
import dev.widgetry.annotations.Widget;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A component's vendor metadata, A2UI v1.0's {@code {"extensions": {...}}}: values of any JSON
 * under names that are Unicode identifiers; names starting {@code a2ui_} are kept for official
 * extensions.
 *
 * @param extensions the extensions, by name
 */
@Widget
public record ComponentMetadata(Map<String, JsonNode> extensions) {

  public ComponentMetadata {
    if (extensions != null) {
      MetadataRules.requireIdentifiers(extensions.keySet());
      extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
  }

  /** Metadata holding these extensions. */
  public static ComponentMetadata of(Map<String, JsonNode> extensions) {
    return new ComponentMetadata(extensions);
  }
}
