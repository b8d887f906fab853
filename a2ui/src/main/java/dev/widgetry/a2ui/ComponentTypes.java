package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.GeneratedCodec;

/**
 * What the writer of one components array needs of each component type, found once per type
 * rather than once per component: its generated codec, and either the refusal of a type its
 * surface's catalog does not have (v0.9, which cannot name another catalog) or the {@code catalogId}
 * v1.0 names for it. Components come in runs of one or two types (a Row, its Texts, the next Row):
 * the last two types are kept, and a third is looked up again.
 */
final class ComponentTypes {
  private final A2uiVersion version;
  private final UpdateComponents message;
  /** The catalog the surface's createSurface names, or null when it was not written before the components. */
  private final String surfaceCatalogId;
  /** That catalog, or null when it is not known here. */
  private final ComponentCatalog surfaceCatalog;
  /** The type written last, its codec, and the catalogId v1.0 names for it (null in v0.9); then the one before. */
  private Class<?> lastType;
  private GeneratedCodec<A2uiComponent> lastCodec;
  private String lastCatalogToName;
  private Class<?> beforeType;
  private GeneratedCodec<A2uiComponent> beforeCodec;
  private String beforeCatalogToName;

  ComponentTypes(A2uiVersion version, UpdateComponents message, String surfaceCatalogId) {
    this.version = version;
    this.message = message;
    this.surfaceCatalogId = surfaceCatalogId;
    this.surfaceCatalog = surfaceCatalogId == null ? null : CatalogRegistry.byId(surfaceCatalogId);
  }

  /**
   * Whether a basic component may be written by {@link BasicComponentWriter}, without a look-up
   * here: in v0.9, when the surface's catalog has every basic type (or is not known, so nothing is
   * refused). v1.0 looks up the {@code catalogId} each type names.
   */
  boolean basicByClass() {
    return version == A2uiVersion.V0_9 && (surfaceCatalog == null || surfaceCatalog.hasEveryBasicComponent());
  }

  /**
   * The codec of {@code component}'s type, which becomes the current type.
   *
   * @throws IllegalArgumentException in v0.9, for a type the surface's catalog does not have
   */
  GeneratedCodec<A2uiComponent> codec(A2uiComponent component) {
    Class<?> type = component.getClass();
    if (type == lastType) {
      return lastCodec;
    }
    Class<?> previousType = lastType;
    GeneratedCodec<A2uiComponent> previousCodec = lastCodec;
    String previousCatalogToName = lastCatalogToName;
    if (type == beforeType) {
      lastCodec = beforeCodec;
      lastCatalogToName = beforeCatalogToName;
    } else {
      // In v1.0, the catalog first: a catalog class that fails to load is the error to pass on, not the missing
      // codec. v0.9 looks up no catalog of the type's own, only refuses a type outside its surface's.
      refuseOutsideSurfaceCatalog(component);
      String catalogToName = version == A2uiVersion.V0_9 ? null : typeCatalogToName(component);
      lastCodec = codecOf(type);
      lastCatalogToName = catalogToName;
    }
    lastType = type;
    beforeType = previousType;
    beforeCodec = previousCodec;
    beforeCatalogToName = previousCatalogToName;
    return lastCodec;
  }

  /** The catalogId v1.0 writes for {@code component}, of the current type: none when its record holds one. */
  String catalogToName(A2uiComponent component) {
    return component.catalogId() != null ? null : lastCatalogToName;
  }

  /** v0.9 cannot name another catalog than its surface's: a component of a type that catalog lacks is refused. */
  private void refuseOutsideSurfaceCatalog(A2uiComponent component) {
    if (version == A2uiVersion.V0_9 && surfaceCatalog != null && !surfaceCatalog.contains(component)) {
      throw new IllegalArgumentException("Component \"" + component.id() + "\" of surface \""
          + message.surfaceId() + "\": " + component.getClass().getSimpleName() + " is not in "
          + surfaceCatalog.describe() + ", the surface's, and A2UI v0.9 has no catalogId to name another: write it"
          + " with A2ui.writer(A2uiVersion.V1_0), or build the surface with a catalog that has it");
    }
  }

  /**
   * The {@code catalogId} v1.0 gives a component of this type whose record holds none, as its
   * version names it: the catalog its type is of, when its surface's catalog does not have it.
   * When the surface's catalog is not known (its createSurface was not written before, or names a
   * catalog not built here), only a basic component goes without: another's id is written,
   * needless on a surface of its own catalog but never wrong.
   */
  private String typeCatalogToName(A2uiComponent component) {
    ComponentCatalog own = CatalogRegistry.own(component.getClass());
    if (own == null || own.id().equals(surfaceCatalogId)) {
      return null;
    }
    boolean inSurfaceCatalog = surfaceCatalog != null ? surfaceCatalog.contains(component)
        : own.id().equals(BasicCatalog.ID);
    return inSurfaceCatalog ? null : version.catalogIdOnWire(own.id());
  }

  @SuppressWarnings("unchecked") // the generated codec of a component's own class accepts it
  private static GeneratedCodec<A2uiComponent> codecOf(Class<?> type) {
    return (GeneratedCodec<A2uiComponent>) Widgets.codec(type);
  }
}
