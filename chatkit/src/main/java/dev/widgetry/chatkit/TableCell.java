package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;

/**
 * One cell of a table row.
 *
 * @param children the components in the cell
 * @param align where the content sits horizontally
 * @param vAlign where the content sits vertically
 * @param colSize how wide the cell's column is
 * @param width the cell's width
 * @param colSpan how many columns the cell spans
 * @param rowSpan how many rows the cell spans
 * @param padding space between the cell's edge and its content, side by side
 * @param key identifies it among its siblings when the widget is updated
 * @param id a name that streamed updates use to address it
 */
@Widget("Table.Cell")
@WidgetBuilder
public record TableCell(
    List<WidgetComponent> children,
    Align align,
    Align vAlign,
    ColSize colSize,
    Dimension width,
    // Spans count whole columns and rows: the schema says "number", but a cell cannot span half a column.
    Integer colSpan,
    Integer rowSpan,
    Spacing.Edges padding,
    String key,
    String id)
    implements WidgetComponent {

  /** A cell holding these components. */
  public static TableCell of(WidgetComponent... children) {
    return builder().children(children).build();
  }

  /** A cell holding just this text. */
  public static TableCell of(String text) {
    return of(Text.of(text));
  }

  /** A builder that sets this record's props one by one. */
  public static TableCellBuilder builder() {
    return new TableCellBuilder();
  }

  /** Where a cell's content sits. */
  public enum Align {
    @JsonProperty("start")
    START,
    @JsonProperty("center")
    CENTER,
    @JsonProperty("end")
    END
  }

  /** How wide a cell's column is. */
  public enum ColSize {
    @JsonProperty("xs")
    XS,
    @JsonProperty("sm")
    SM,
    @JsonProperty("md")
    MD,
    @JsonProperty("lg")
    LG,
    @JsonProperty("xl")
    XL
  }
}
