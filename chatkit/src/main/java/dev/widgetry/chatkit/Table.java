package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;

/**
 * A grid of rows and cells.
 *
 * @param children the rows, top to bottom
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget
@WidgetBuilder
public record Table(List<TableRow> children, String key, String id) implements WidgetComponent {

  /** A table of these rows. */
  public static Table of(TableRow... children) {
    return builder().children(children).build();
  }

  /** A builder that sets this record's props one by one. */
  public static TableBuilder builder() {
    return new TableBuilder();
  }
}
