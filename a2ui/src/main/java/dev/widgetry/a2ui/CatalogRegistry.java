package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.BasicComponent;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogs built, by id, and the catalog each component type is of (the one its sealed
 * interface makes): what the v1.0 writer needs to name a component's catalog in its {@code
 * catalogId} when its surface's catalog does not have it, knowing only the component and the
 * surface's {@code catalogId}.
 *
 * <p>It keeps no class loader alive: widgetry-a2ui may sit in a parent loader of an application's
 * catalogs (a web application, a hot reload). Catalogs are held weakly (a generated one lives as
 * long as its class, whose static field holds it), and a type's catalog is kept in the type itself,
 * through a {@link ClassValue}, so it goes with the type's loader.
 */
final class CatalogRegistry {
  /** By id, the catalog built last with it: after a redeploy, the new application's. */
  private static final Map<String, WeakReference<ComponentCatalog>> BY_ID = new ConcurrentHashMap<>();
  private static final ClassValue<Slot> BY_TYPE = new ClassValue<>() {
    @Override
    protected Slot computeValue(Class<?> type) {
      return new Slot();
    }
  };

  private CatalogRegistry() {}

  /** A catalog just built, and the component types it declares itself (none for a catalog renamed). */
  static void add(ComponentCatalog catalog, List<Class<?>> ownTypes) {
    BY_ID.values().removeIf(held -> held.get() == null);
    BY_ID.put(catalog.id(), new WeakReference<>(catalog));
    ownTypes.forEach(type -> BY_TYPE.get(type).offer(catalog));
  }

  /** The catalog built last with {@code id}, or null when none was (or it is no longer used). */
  static ComponentCatalog byId(String id) {
    WeakReference<ComponentCatalog> held = BY_ID.get(id);
    return held == null ? null : held.get();
  }

  /**
   * The catalog whose interface {@code type} implements: the processor's {@code <Interface>Catalog},
   * initialized here when nothing has used it yet; null for a component of no generated catalog. A
   * type is looked for once: one of no catalog is not looked for again at each write.
   *
   * @throws LinkageError when the generated catalog class is there but cannot be loaded or
   *     initialized (an {@link ExceptionInInitializerError} for a catalog that names a component
   *     twice, say): a real error, not a type of no catalog
   */
  static ComponentCatalog own(Class<?> type) {
    Slot slot = BY_TYPE.get(type);
    ComponentCatalog known = slot.get();
    if (known == null && !slot.searched) {
      known = find(type);
      slot.searched = true;
    }
    return known;
  }

  private static ComponentCatalog find(Class<?> type) {
    Class<?> union = catalogInterface(type);
    if (union == BasicComponent.class) {
      return BasicCatalog.CATALOG;
    }
    if (union != null) {
      // The class the processor writes beside the interface, by its naming rule: loading it builds
      // the catalog, which registers its types.
      String packageName = union.getPackageName();
      String prefix = packageName.isEmpty() ? "" : packageName + ".";
      String catalogClass = prefix + union.getName().substring(prefix.length()).replace('$', '_') + "Catalog";
      try {
        Class.forName(catalogClass, true, union.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null; // an interface of components with no @A2uiCatalog: its components are of no catalog
      }
    }
    return BY_TYPE.get(type).get();
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

  /**
   * A type's catalog, the first built that declares it, held weakly: a type of a parent loader may
   * be declared by a catalog of a child's, which it must not keep.
   */
  private static final class Slot {
    private volatile WeakReference<ComponentCatalog> catalog;
    /** Whether its catalog was looked for, so a type of none is not looked for again. */
    private volatile boolean searched;

    synchronized void offer(ComponentCatalog offered) {
      if (get() == null) {
        catalog = new WeakReference<>(offered);
      }
    }

    ComponentCatalog get() {
      WeakReference<ComponentCatalog> held = catalog;
      return held == null ? null : held.get();
    }
  }
}
