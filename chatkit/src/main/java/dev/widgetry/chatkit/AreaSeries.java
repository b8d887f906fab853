package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A series drawn as a filled area under a line.
 *
 * @param dataKey the key of each data row whose number sets the line's height
 * @param label the series' name in the legend and tooltip
 * @param color the area's color
 * @param stack a stack id: areas of series with the same id are stacked on each other
 * @param curveType how the line between points is drawn
 */
@Widget("area")
@WidgetBuilder
public record AreaSeries(
    @JsonProperty(required = true) String dataKey, String label, Color color, String stack, CurveType curveType)
    implements ChartSeries {

  public AreaSeries {
    Objects.requireNonNull(dataKey, "dataKey");
  }

  /** An area for this data key. */
  public static AreaSeries of(String dataKey) {
    return new AreaSeries(dataKey, null, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static AreaSeriesBuilder builder() {
    return new AreaSeriesBuilder();
  }
}
