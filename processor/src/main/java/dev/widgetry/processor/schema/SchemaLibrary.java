package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.schema.internal.SchemaParts;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The schemas of widgets compiled earlier, in other modules or an earlier incremental build: read
 * from the resources their own compilation wrote beside them, so a schema that embeds them is
 * exactly what they declared (descriptions from their Javadoc included).
 */
public final class SchemaLibrary {
  private final Filer filer;

  public SchemaLibrary(Filer filer) {
    this.filer = filer;
  }

  /** The {@linkplain SchemaParts part} shipped for a widget, by id, or null when no location has it. */
  public Map<String, Object> part(String id) {
    JavaName widget = PartIds.name(id);
    return load(widget.packageName(), GeneratedNames.schemaResource(widget)).orElse(null);
  }

  /** A JSON object resource that another compilation shipped in {@code packageName}, or empty. */
  @SuppressWarnings("unchecked") // our own documents are JSON objects at the top
  public Optional<Map<String, Object>> load(String packageName, String resource) {
    for (StandardLocation location : new StandardLocation[] {StandardLocation.CLASS_PATH, StandardLocation.CLASS_OUTPUT}) {
      try {
        FileObject file = filer.getResource(location, packageName, resource);
        return Optional.of((Map<String, Object>) JsonParser.parse(file.getCharContent(true).toString()));
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // Not at this location (javac throws FileNotFoundException); try the next.
      }
    }
    return Optional.empty();
  }
}
