package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.internal.Formats;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a surface of the basic catalog (or one that extends it) is themed. The catalog names three
 * properties and leaves the object open, so other keys are kept as JSON.
 */
public final class Theme {
  private final String primaryColor;
  private final String iconUrl;
  private final String agentDisplayName;
  private final Map<String, JsonNode> others;

  private Theme(String primaryColor, String iconUrl, String agentDisplayName, Map<String, JsonNode> others) {
    if (primaryColor != null && !Formats.isColor(primaryColor)) {
      throw new IllegalArgumentException(
          "primaryColor is a color written #rrggbb, and \"" + primaryColor + "\" is not");
    }
    if (iconUrl != null) {
      Formats.requireAbsoluteUri(iconUrl, "iconUrl");
    }
    this.primaryColor = primaryColor;
    this.iconUrl = iconUrl;
    this.agentDisplayName = agentDisplayName;
    this.others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
  }

  /** A theme with none of its properties set yet. */
  public static Theme of() {
    return new Theme(null, null, null, Map.of());
  }

  /**
   * A theme with these properties (each may be null) and other keys the catalog's theme allows.
   *
   * @throws IllegalArgumentException when {@code primaryColor} is not {@code #rrggbb} or
   *     {@code iconUrl} is not an absolute URI, or {@code others} names one of the three
   */
  public static Theme of(String primaryColor, String iconUrl, String agentDisplayName, Map<String, JsonNode> others) {
    for (String name : others.keySet()) {
      if (name.equals("primaryColor") || name.equals("iconUrl") || name.equals("agentDisplayName")) {
        throw new IllegalArgumentException("\"" + name + "\" is a property of its own, not one of the others");
      }
    }
    return new Theme(primaryColor, iconUrl, agentDisplayName, others);
  }

  /** This theme with {@code color} ({@code #rrggbb}) for highlights such as primary buttons. */
  public Theme primaryColor(String color) {
    return new Theme(color, iconUrl, agentDisplayName, others);
  }

  /** This theme with the image, at an absolute URL, that identifies the agent or tool. */
  public Theme iconUrl(String url) {
    return new Theme(primaryColor, url, agentDisplayName, others);
  }

  /** This theme with the name shown next to the surface for the agent or tool that made it. */
  public Theme agentDisplayName(String name) {
    return new Theme(primaryColor, iconUrl, name, others);
  }

  /** The primary brand color, {@code #rrggbb}, or null. */
  public String primaryColor() {
    return primaryColor;
  }

  /** The URL of an image that identifies the agent or tool, or null. */
  public String iconUrl() {
    return iconUrl;
  }

  /** The text shown next to the surface to identify the agent or tool, or null. */
  public String agentDisplayName() {
    return agentDisplayName;
  }

  /** Keys the catalog does not name, in the order read or given. */
  public Map<String, JsonNode> others() {
    return others;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Theme)) {
      return false;
    }
    Theme theme = (Theme) other;
    return Objects.equals(primaryColor, theme.primaryColor) && Objects.equals(iconUrl, theme.iconUrl)
        && Objects.equals(agentDisplayName, theme.agentDisplayName) && others.equals(theme.others);
  }

  @Override
  public int hashCode() {
    return Objects.hash(primaryColor, iconUrl, agentDisplayName, others);
  }

  @Override
  public String toString() {
    return "Theme[primaryColor=" + primaryColor + ", iconUrl=" + iconUrl + ", agentDisplayName=" + agentDisplayName
        + ", others=" + others + "]";
  }
}
