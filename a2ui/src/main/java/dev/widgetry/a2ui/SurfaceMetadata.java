package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.internal.MetadataRules;
import dev.widgetry.runtime.spi.WidgetReader;

/** v1.0's surface metadata, checked by the {@link MetadataRules} an action's metadata follows too. */
final class SurfaceMetadata {

  private SurfaceMetadata() {}

  /** Records a violation at the metadata just read for each way {@code metadata} breaks the schema. */
  static void check(WidgetReader in, JsonNode metadata) {
    MetadataRules.check(metadata, in::violation);
  }
}
