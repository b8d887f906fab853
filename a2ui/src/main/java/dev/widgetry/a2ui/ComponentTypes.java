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
  private Known last;
  private Known before;

  ComponentTypes(A2uiVersion version, UpdateComponents message, String surfaceCatalogId) {
    this.version = version;
    this.message = message;
    this.surfaceCatalogId = surfaceCatalogId;
    this.surfaceCatalog = surfaceCatalogId == null ? null : CatalogRegistry.byId(surfaceCatalogId);
  }

  /**
   * What is known of {@code component}'s type.
   *
   * @throws IllegalArgumentException in v0.9, for a type the surface's catalog does not have
   */
  Known of(A2uiComponent component) {
    Class<?> type = component.getClass();
    if (last != null && last.type == type) {
      return last;
    }
    Known found = before != null && before.type == type ? before : lookUp(component);
    before = last;
    last = found;
    return found;
  }

  private Known lookUp(A2uiComponent component) {
    Class<?> type = component.getClass();
    if (version == A2uiVersion.V0_9) {
      if (surfaceCatalog != null && !surfaceCatalog.contains(component)) {
        throw new IllegalArgumentException("Component \"" + component.id() + "\" of surface \""
            + message.surfaceId() + "\": " + type.getSimpleName() + " is not in " + surfaceCatalog.describe()
            + ", the surface's, and A2UI v0.9 has no catalogId to name another: write it with"
            + " A2ui.writer(A2uiVersion.V1_0), or build the surface with a catalog that has it");
      }
      return new Known(type, codecOf(type), null);
    }
    return new Known(type, codecOf(type), catalogToName(component));
  }

  /**
   * The {@code catalogId} v1.0 gives a component of this type whose record holds none, as its
   * version names it: the catalog its type is of, when its surface's catalog does not have it.
   * When the surface's catalog is not known (its createSurface was not written before, or names a
   * catalog not built here), only a basic component goes without: another's id is written,
   * needless on a surface of its own catalog but never wrong.
   */
  private String catalogToName(A2uiComponent component) {
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

  /** A component type: its codec, and the catalogId v1.0 names for a component of it that holds none. */
  static final class Known {
    final Class<?> type;
    final GeneratedCodec<A2uiComponent> codec;
    private final String catalogToName;

    private Known(Class<?> type, GeneratedCodec<A2uiComponent> codec, String catalogToName) {
      this.type = type;
      this.codec = codec;
      this.catalogToName = catalogToName;
    }

    /** The catalogId to write for {@code component}: none when its record holds one. */
    String catalogToName(A2uiComponent component) {
      return component.catalogId() != null ? null : catalogToName;
    }
  }
}
