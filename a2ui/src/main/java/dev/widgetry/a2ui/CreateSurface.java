package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.Objects;

/**
 * Creates a surface that renders the components of one catalog; components and data follow in
 * {@link UpdateComponents} and {@link UpdateDataModel}.
 *
 * @param surfaceId the surface's id, fixed for its life
 * @param catalogId the catalog its components come from, fixed for its life
 * @param theme how the catalog lets it be themed, or null
 * @param sendDataModel whether the renderer sends its data model with every action; null leaves it
 *     out (the renderer's default, false)
 * @param metadata v1.0's surface metadata, {@code {"extensions": {...}}}, or null; v0.9 has none,
 *     and its writer refuses a createSurface that has some
 */
public record CreateSurface(String surfaceId, String catalogId, Theme theme, Boolean sendDataModel, JsonNode metadata)
    implements ServerMessage {

  public CreateSurface {
    Objects.requireNonNull(surfaceId, "surfaceId");
    Objects.requireNonNull(catalogId, "catalogId");
    if (metadata != null && !metadata.isObject()) {
      throw new IllegalArgumentException("createSurface's metadata is an object, {\"extensions\": {...}}; found "
          + metadata);
    }
  }

  /** A createSurface without v1.0's metadata, as every v0.9 one is. */
  public CreateSurface(String surfaceId, String catalogId, Theme theme, Boolean sendDataModel) {
    this(surfaceId, catalogId, theme, sendDataModel, null);
  }

  /** A surface of the basic catalog. */
  public static CreateSurface of(String surfaceId) {
    return new CreateSurface(surfaceId, BasicCatalog.ID, null, null);
  }

  /** A surface of {@code catalog}. */
  public static CreateSurface of(String surfaceId, ComponentCatalog catalog) {
    return new CreateSurface(surfaceId, catalog.id(), null, null);
  }
}
