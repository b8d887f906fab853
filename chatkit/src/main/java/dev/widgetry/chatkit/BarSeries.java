package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A series drawn as bars.
 *
 * @param dataKey the key of each data row whose number sets the bar's height
 * @param label the series' name in the legend and tooltip
 * @param color the bars' color
 * @param stack a stack id: bars of series with the same id are stacked on each other
 */
@Widget("bar")
@WidgetBuilder
public record BarSeries(@JsonProperty(required = true) String dataKey, String label, Color color, String stack)
    implements ChartSeries {

  public BarSeries {
    Objects.requireNonNull(dataKey, "dataKey");
  }

  /** Bars for this data key. */
  public static BarSeries of(String dataKey) {
    return new BarSeries(dataKey, null, null, null);
  }

  /** A builder that sets this record's props one by one. */
  public static BarSeriesBuilder builder() {
    return new BarSeriesBuilder();
  }
}
