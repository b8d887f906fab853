package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;

/**
 * A container that lays out its children side by side.
 *
 * @param children the components inside, left to right
 * @param align how the children line up across the main axis
 * @param justify how the children spread along the main axis
 * @param wrap whether children that do not fit move to a new line
 * @param flex how much of the parent's free space it takes: a flex factor, or a CSS flex value
 * @param gap space between the children
 * @param padding space between its edge and its children
 * @param margin space around it
 * @param border its border
 * @param radius how round its corners are
 * @param background its background color
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
public record Row(
    List<WidgetComponent> children,
    Alignment align,
    Justification justify,
    Wrap wrap,
    Dimension flex,
    Dimension gap,
    Spacing padding,
    Spacing margin,
    Border border,
    Radius radius,
    Color background,
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

  /** A row of these components. */
  public static Row of(WidgetComponent... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static RowBuilder builder() {
    return new RowBuilder();
  }
}
