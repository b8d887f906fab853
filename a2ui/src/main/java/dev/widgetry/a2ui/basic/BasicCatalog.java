package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.ComponentCatalog;

/** A2UI's basic catalog: its 18 components ({@link BasicComponent}) and 14 functions ({@link Functions}). */
public final class BasicCatalog {
  /** The basic catalog's id, as {@code createSurface} names it. */
  public static final String ID = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";

  /**
   * The JSON Schema of the basic catalog's theme: a primary color, an icon and a display name
   * for the agent; other keys are allowed.
   */
  public static final String THEME_SCHEMA = "{\"type\": \"object\", \"properties\": {"
      + "\"primaryColor\": {\"type\": \"string\", \"description\": \"The primary brand color used for highlights"
      + " (e.g., primary buttons, active borders). Renderers may generate variants of this color for different"
      + " contexts. Format: Hexadecimal code (e.g., '#00BFFF').\", \"pattern\": \"^#[0-9a-fA-F]{6}$\"},"
      + " \"iconUrl\": {\"type\": \"string\", \"format\": \"uri\", \"description\": \"A URL for an image that"
      + " identifies the agent or tool associated with the surface.\"},"
      + " \"agentDisplayName\": {\"type\": \"string\", \"description\": \"Text to be displayed next to the surface to"
      + " identify the agent or tool that created it.\"}}, \"additionalProperties\": true}";

  /** The basic catalog: how its components are read, and which of their props name others. */
  public static final ComponentCatalog CATALOG = BasicComponentCatalog.CATALOG;

  private BasicCatalog() {}
}
