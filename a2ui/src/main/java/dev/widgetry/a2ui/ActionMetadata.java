package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.internal.MetadataRules;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a v1.0 renderer sends back beside an action ({@code "metadata": {"extensions": {...}}}):
 * the client's extensions, by name. {@code renderer_to_agent.json} closes the metadata object to
 * that one key and leaves each extension's value open, so this is as typed as the schema allows: a
 * map from identifier names (UAX #31; names starting {@code a2ui_} are kept for official extensions)
 * to JSON, which the application reads into its own types.
 *
 * @param extensions the extensions, by name, in the order the renderer sent them; empty when it
 *     sent none
 */
public record ActionMetadata(Map<String, JsonNode> extensions) {
  /** An action's metadata when the renderer sent none. */
  public static final ActionMetadata NONE = new ActionMetadata(Map.of());

  public ActionMetadata {
    MetadataRules.requireIdentifiers(extensions.keySet());
    extensions.forEach((name, value) -> Objects.requireNonNull(value, "the value of extension \"" + name + "\""));
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /**
   * The extensions of {@code metadata} as a renderer sends it, {@code {"extensions": {...}}}; the
   * readers check it by the {@link MetadataRules} first.
   *
   * @throws IllegalArgumentException when an extension's name is not an identifier
   */
  public static ActionMetadata of(JsonNode metadata) {
    JsonNode extensions = metadata.path("extensions");
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = extensions.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      byName.put(field.getKey(), field.getValue());
    }
    return byName.isEmpty() ? NONE : new ActionMetadata(byName);
  }

  /** The extension named {@code name}, when the renderer sent it. */
  public Optional<JsonNode> extension(String name) {
    return Optional.ofNullable(extensions.get(name));
  }
}
