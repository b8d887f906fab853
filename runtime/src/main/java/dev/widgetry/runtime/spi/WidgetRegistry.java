package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.WidgetCodec;

/**
 * The index of what one compilation generated, found through {@link java.util.ServiceLoader}: the
 * processor writes one implementation per compiled module and lists it in
 * {@code META-INF/services/dev.widgetry.runtime.spi.WidgetRegistry}. Lookups go through a switch on
 * the class name, so only the codec asked for is loaded.
 */
public interface WidgetRegistry {

  /** The codec for {@code type}, or null when this registry does not know the type. */
  default WidgetCodec<?> codec(Class<?> type) {
    return null;
  }

  /** The action table of a class with {@code @OnAction} methods, or null when this registry has none for it. */
  default ActionTable actions(Class<?> handlerType) {
    return null;
  }
}
