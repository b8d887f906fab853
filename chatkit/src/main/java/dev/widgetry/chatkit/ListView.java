package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A root widget that shows a list of items, each clickable on its own.
 *
 * @param children the items, top to bottom
 * @param limit how many items show before the list offers to show more
 * @param theme a color scheme that overrides the page's
 * @param status a status line shown above the list
 * @param key identifies the list among its siblings when the widget is updated
 * @param id a name that streamed updates use to address the list
 */
@Widget
@WidgetBuilder
public record ListView(
    @JsonProperty(required = true) List<ListViewItem> children,
    Limit limit,
    Theme theme,
    WidgetStatus status,
    String key,
    String id)
    implements WidgetRoot {

  public ListView {
    Objects.requireNonNull(children, "children");
  }

  /** A list of these items. */
  public static ListView of(ListViewItem... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static ListViewBuilder builder() {
    return new ListViewBuilder();
  }
}
