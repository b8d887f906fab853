package dev.widgetry.chatkit;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;

/**
 * One row of a table.
 *
 * @param children the cells, left to right
 * @param header whether this is a header row
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget("Table.Row")
@WidgetBuilder
public record TableRow(List<TableCell> children, Boolean header, String key, String id) implements WidgetComponent {

  /** A row of these cells. */
  public static TableRow of(TableCell... children) {
    return builder().children(children).build();
  }

  /** A header row of these cells. */
  public static TableRow header(TableCell... children) {
    return builder().children(children).header(true).build();
  }

  /** A builder that sets this record's props one by one. */
  public static TableRowBuilder builder() {
    return new TableRowBuilder();
  }
}
