package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A short colored tag, such as a status or a count.
 *
 * @param label the text shown
 * @param color the badge's meaning, which picks its color
 * @param variant how strongly it is filled
 * @param size how big it is
 * @param pill whether its ends are fully rounded
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Badge(
    @JsonProperty(required = true) String label,
    Color color,
    Variant variant,
    Size size,
    Boolean pill,
    String key,
    String id)
    implements WidgetComponent {

  public Badge {
    Objects.requireNonNull(label, "label");
  }

  /** A badge saying this, in the default color. */
  public static Badge of(String label) {
    return builder().label(label).build();
  }

  /** A badge saying this, in the color of this meaning. */
  public static Badge of(String label, Color color) {
    return builder().label(label).color(color).build();
  }

  /** A builder that sets this record's props one by one. */
  public static BadgeBuilder builder() {
    return new BadgeBuilder();
  }

  /** What a badge means, which picks its color. */
  public enum Color {
    @JsonProperty("secondary")
    SECONDARY,
    @JsonProperty("success")
    SUCCESS,
    @JsonProperty("danger")
    DANGER,
    @JsonProperty("warning")
    WARNING,
    @JsonProperty("info")
    INFO,
    @JsonProperty("discovery")
    DISCOVERY
  }

  /** How strongly a badge is filled. */
  public enum Variant {
    @JsonProperty("solid")
    SOLID,
    @JsonProperty("soft")
    SOFT,
    @JsonProperty("outline")
    OUTLINE
  }

  /** How big a badge is. */
  public enum Size {
    @JsonProperty("sm")
    SM,
    @JsonProperty("md")
    MD,
    @JsonProperty("lg")
    LG
  }
}
