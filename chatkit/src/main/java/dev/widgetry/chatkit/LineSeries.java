package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A series drawn as a line.
 *
 * @param dataKey the key of each data row whose number sets the line's height
 * @param label the series' name in the legend and tooltip
 * @param color the line's color
 * @param curveType how the line between points is drawn
 */
@Widget("line")
@WidgetBuilder
public record LineSeries(@JsonProperty(required = true) String dataKey, String label, Color color, CurveType curveType)
    implements ChartSeries {

  public LineSeries {
    Objects.requireNonNull(dataKey, "dataKey");
  }

  /** A line for this data key. */
  public static LineSeries of(String dataKey) {
    return new LineSeries(dataKey, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static LineSeriesBuilder builder() {
    return new LineSeriesBuilder();
  }
}
