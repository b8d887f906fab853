package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.ComponentCatalog;

/** A2UI's basic catalog: its 18 components ({@link BasicComponent}) and 14 functions ({@link Functions}). */
public final class BasicCatalog {
  /** The basic catalog's id, as {@code createSurface} names it. */
  public static final String ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  /** The basic catalog: how its components are read, and which of their props name others. */
  public static final ComponentCatalog CATALOG = BasicComponentCatalog.CATALOG;

  private BasicCatalog() {}
}
