package dev.widgetry.a2ui;

import dev.widgetry.runtime.spi.WidgetReader;

/**
 * Reads one kind of component once its {@code "component"} has been read: a generated codec's
 * {@code readProperties(in, true)}. Part of what a generated catalog class hands
 * {@link ComponentCatalog}.
 */
@FunctionalInterface
public interface ComponentReader {

  /** The component, or null with problems recorded on {@code in}. */
  A2uiComponent read(WidgetReader in);
}
