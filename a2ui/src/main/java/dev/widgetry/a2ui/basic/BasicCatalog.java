package dev.widgetry.a2ui.basic;

/** A2UI's basic catalog: its 18 components ({@link BasicComponent}) and 14 functions ({@link Functions}). */
public final class BasicCatalog {
  /** The basic catalog's id, as {@code createSurface} names it. */
  public static final String ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  private BasicCatalog() {}
}
