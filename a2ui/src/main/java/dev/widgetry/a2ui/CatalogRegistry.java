package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.BasicComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs built in this class loader, by id, and the catalog each component type is of (the
 * one its sealed interface makes): what the v1.0 writer needs to name a component's catalog in its
 * {@code catalogId} when its surface's catalog does not have it, knowing only the component and the
 * surface's {@code catalogId}.
 */
final class CatalogRegistry {
  private static final Map<String, ComponentCatalog> BY_ID = new ConcurrentHashMap<>();
  private static final Map<Class<?>, ComponentCatalog> BY_TYPE = new ConcurrentHashMap<>();
  /** {@link #own} per type, found once: a type of no catalog is not looked for again at each write. */
  private static final ClassValue<Optional<ComponentCatalog>> OWN = new ClassValue<>() {
    @Override
    protected Optional<ComponentCatalog> computeValue(Class<?> type) {
      return Optional.ofNullable(find(type));
    }
  };

  private CatalogRegistry() {}

  /** A catalog just built, and the component types it declares itself (none for a catalog renamed). */
  static void add(ComponentCatalog catalog, List<Class<?>> ownTypes) {
    BY_ID.putIfAbsent(catalog.id(), catalog);
    ownTypes.forEach(type -> BY_TYPE.putIfAbsent(type, catalog));
  }

  /** The catalog built with {@code id}, or null when none was. */
  static ComponentCatalog byId(String id) {
    return BY_ID.get(id);
  }

  /**
   * The catalog whose interface {@code type} implements: the processor's {@code <Interface>Catalog},
   * initialized here when nothing has used it yet; null for a component of no generated catalog.
   */
  static ComponentCatalog own(Class<?> type) {
    return OWN.get(type).orElse(null);
  }

  private static ComponentCatalog find(Class<?> type) {
    ComponentCatalog known = BY_TYPE.get(type);
    if (known != null) {
      return known;
    }
    Class<?> union = catalogInterface(type);
    if (union == BasicComponent.class) {
      return BasicCatalog.CATALOG;
    }
    if (union != null) {
      String packageName = union.getPackageName();
      String prefix = packageName.isEmpty() ? "" : packageName + ".";
      String catalogClass = prefix + union.getName().substring(prefix.length()).replace('$', '_') + "Catalog";
      try {
        Class.forName(catalogClass, true, union.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }
    return BY_TYPE.get(type);
  }

  /** The interface of {@code type}'s that extends {@link A2uiComponent} itself, or null. */
  private static Class<?> catalogInterface(Class<?> type) {
    for (Class<?> each : type.getInterfaces()) {
      if (List.of(each.getInterfaces()).contains(A2uiComponent.class)) {
        return each;
      }
      Class<?> deeper = catalogInterface(each);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }
}
