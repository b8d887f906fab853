package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A picture loaded from a URL.
 *
 * @param src the URL of the picture
 * @param alt a text that describes the picture, for screen readers
 * @param fit how the picture fills its box
 * @param position where the picture sits in its box when it does not fill it
 * @param frame whether the picture is drawn in a frame
 * @param flush whether the picture runs to the container's edges, through its padding
 * @param radius how round its corners are
 * @param margin space around it
 * @param width its width
 * @param height its height
 * @param size its width and height at once
 * @param minWidth the narrowest it may get
 * @param minHeight the lowest it may get
 * @param minSize the smallest width and height it may get
 * @param maxWidth the widest it may get
 * @param maxHeight the highest it may get
 * @param maxSize the largest width and height it may get
 * @param aspectRatio its width divided by its height, or a CSS ratio such as "16 / 9"
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Image(
    @JsonProperty(required = true) String src,
    String alt,
    Fit fit,
    Position position,
    Boolean frame,
    Boolean flush,
    Radius radius,
    Spacing margin,
    Dimension width,
    Dimension height,
    Dimension size,
    Dimension minWidth,
    Dimension minHeight,
    Dimension minSize,
    Dimension maxWidth,
    Dimension maxHeight,
    Dimension maxSize,
    Dimension aspectRatio,
    String key,
    String id)
    implements WidgetComponent {

  public Image {
    Objects.requireNonNull(src, "src");
  }

  /** The picture at this URL. */
  public static Image of(String src) {
    return builder().src(src).build();
  }

  /** The picture at this URL, described for screen readers. */
  public static Image of(String src, String alt) {
    return builder().src(src).alt(alt).build();
  }

  /** A builder that sets this record's props one by one. */
  public static ImageBuilder builder() {
    return new ImageBuilder();
  }

  /** How a picture fills its box, as CSS object-fit. */
  public enum Fit {
    @JsonProperty("cover")
    COVER,
    @JsonProperty("contain")
    CONTAIN,
    @JsonProperty("fill")
    FILL,
    @JsonProperty("scale-down")
    SCALE_DOWN,
    @JsonProperty("none")
    NONE
  }

  /** Where a picture sits in its box, as CSS object-position. */
  public enum Position {
    @JsonProperty("top left")
    TOP_LEFT,
    @JsonProperty("top")
    TOP,
    @JsonProperty("top right")
    TOP_RIGHT,
    @JsonProperty("left")
    LEFT,
    @JsonProperty("center")
    CENTER,
    @JsonProperty("right")
    RIGHT,
    @JsonProperty("bottom left")
    BOTTOM_LEFT,
    @JsonProperty("bottom")
    BOTTOM,
    @JsonProperty("bottom right")
    BOTTOM_RIGHT
  }
}
