package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.spi.ActionTable;
import dev.widgetry.runtime.spi.WidgetRegistry;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.WeakHashMap;

/**
 * Finds generated codecs through the registries on a type's class loader, once per type. No
 * classpath scanning and no reflection on user classes: each registry is a generated switch.
 *
 * <p>Nothing here keeps a class loader alive. What is found for a type is kept on the type itself
 * (a {@link ClassValue}), and the registries a loader offers are kept, for its next types, only
 * weakly: a registry is an instance of the loader's own classes, so a strong reference to it would
 * reach the loader from a static field. Its list stays reachable through the types that asked,
 * which live exactly as long as their loader.
 */
public final class Registries {
  private static final Map<ClassLoader, WeakReference<List<WidgetRegistry>>> BY_LOADER = new WeakHashMap<>();

  /** The registries a type's loader offers, held by the type so the loader's cache entry lives while it does. */
  private static final ClassValue<List<WidgetRegistry>> REGISTRIES =
      new ClassValue<>() {
        @Override
        protected List<WidgetRegistry> computeValue(Class<?> type) {
          return registries(type.getClassLoader());
        }
      };

  private static final ClassValue<WidgetCodec<?>> CODECS =
      new ClassValue<>() {
        @Override
        protected WidgetCodec<?> computeValue(Class<?> type) {
          for (WidgetRegistry registry : REGISTRIES.get(type)) {
            WidgetCodec<?> codec = registry.codec(type);
            if (codec != null && codec.type() == type) {
              return codec;
            }
          }
          return null;
        }
      };

  private static final ClassValue<ActionTable> ACTIONS =
      new ClassValue<>() {
        @Override
        protected ActionTable computeValue(Class<?> type) {
          for (WidgetRegistry registry : REGISTRIES.get(type)) {
            ActionTable table = registry.actions(type);
            if (table != null && table.handlerType() == type) {
              return table;
            }
          }
          return null;
        }
      };

  private Registries() {}

  /** The action table generated for {@code handlerType} or its nearest superclass that has one. */
  public static ActionTable actions(Class<?> handlerType) {
    for (Class<?> type = handlerType; type != null && type != Object.class; type = type.getSuperclass()) {
      ActionTable table = ACTIONS.get(type);
      if (table != null) {
        return table;
      }
    }
    return null;
  }

  /** The codec generated for {@code type}, or null when no registry knows it. */
  public static WidgetCodec<?> codec(Class<?> type) {
    return CODECS.get(type);
  }

  private static List<WidgetRegistry> registries(ClassLoader loader) {
    ClassLoader key = loader != null ? loader : ClassLoader.getSystemClassLoader();
    synchronized (BY_LOADER) {
      WeakReference<List<WidgetRegistry>> kept = BY_LOADER.get(key);
      List<WidgetRegistry> registries = kept == null ? null : kept.get();
      if (registries == null) {
        registries = load(key);
        BY_LOADER.put(key, new WeakReference<>(registries));
      }
      return registries;
    }
  }

  private static List<WidgetRegistry> load(ClassLoader loader) {
    List<WidgetRegistry> found = new ArrayList<>();
    for (WidgetRegistry registry : ServiceLoader.load(WidgetRegistry.class, loader)) {
      found.add(registry);
    }
    return List.copyOf(found);
  }
}
