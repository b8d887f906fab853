package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A root widget with no frame of its own: a plain layout of components and other root widgets.
 *
 * @param children what it holds, in order: components, cards, lists or other basic roots
 * @param direction whether the children sit side by side or stacked
 * @param gap space between the children
 * @param padding space around the children
 * @param align how the children line up across the layout's direction
 * @param justify how the children spread along the layout's direction
 * @param theme a color scheme that overrides the page's
 * @param key identifies the widget among its siblings when it is updated
 * @param id a name that streamed updates use to address the widget
 */
@Widget
@WidgetBuilder
public record Basic(
    @JsonProperty(required = true) List<WidgetNode> children,
    Direction direction,
    Dimension gap,
    Spacing padding,
    Alignment align,
    Justification justify,
    Theme theme,
    String key,
    String id)
    implements WidgetRoot {

  public Basic {
    Objects.requireNonNull(children, "children");
  }

  /** A layout of these components and root widgets. */
  public static Basic of(WidgetNode... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static BasicBuilder builder() {
    return new BasicBuilder();
  }
}
