package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * One row of a list view, laid out side by side; it exists only inside a list view.
 *
 * @param children the components in the row, left to right
 * @param onClickAction what a click on the row does
 * @param gap space between the components
 * @param align how the components line up vertically
 * @param key identifies the item among its siblings when the widget is updated
 * @param id a name that streamed updates use to address the item
 */
@Widget("ListViewItem")
@WidgetBuilder
public record ListViewItem(
    @JsonProperty(required = true) List<WidgetComponent> children,
    ActionConfig onClickAction,
    Dimension gap,
    Alignment align,
    String key,
    String id) {

  public ListViewItem {
    Objects.requireNonNull(children, "children");
  }

  /** An item holding these components. */
  public static ListViewItem of(WidgetComponent... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static ListViewItemBuilder builder() {
    return new ListViewItemBuilder();
  }
}
