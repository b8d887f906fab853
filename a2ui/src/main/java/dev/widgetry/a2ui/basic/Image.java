package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * An image, from an icon-sized avatar to a header picture.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param url the URL of the image to display
 * @param description accessibility text for the image
 * @param fit specifies how the image should be resized to fit its container. This corresponds to the CSS
 *     'object-fit' property. Default: {@code fill}
 * @param variant a hint for the image size and style. Default: {@code mediumFeature}
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Image(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString url,
    DynamicString description,
    @JsonProperty(defaultValue = "fill") Fit fit,
    @JsonProperty(defaultValue = "mediumFeature") Variant variant,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Image {
    Objects.requireNonNull(url, "Image.url is required");
  }

  /** The image at {@code url}. */
  public static Image of(String url) {
    return of(new StringLiteral(url));
  }

  /** The image at {@code url}: a literal, a binding or a call. */
  public static Image of(DynamicString url) {
    return builder().url(url).build();
  }

  /** A builder that sets this component's props one by one. */
  public static ImageBuilder builder() {
    return new ImageBuilder();
  }

  @Override
  public Image withId(String id) {
    return ImageBuilder.from(this).id(id).build();
  }

  /**
   * Specifies how the image should be resized to fit its container. This corresponds to the CSS 'object-fit'
   * property.
   */
  public enum Fit {
    @JsonProperty("contain")
    CONTAIN,
    @JsonProperty("cover")
    COVER,
    @JsonProperty("fill")
    FILL,
    @JsonProperty("none")
    NONE,
    @JsonProperty("scaleDown")
    SCALE_DOWN
  }

  /** A hint for the image size and style. */
  public enum Variant {
    @JsonProperty("icon")
    ICON,
    @JsonProperty("avatar")
    AVATAR,
    @JsonProperty("smallFeature")
    SMALL_FEATURE,
    @JsonProperty("mediumFeature")
    MEDIUM_FEATURE,
    @JsonProperty("largeFeature")
    LARGE_FEATURE,
    @JsonProperty("header")
    HEADER
  }
}
