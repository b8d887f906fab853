package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart of bars, areas and lines drawn from rows of data.
 *
 * @param data the rows of data, each a map from data key to value
 * @param series what is drawn: one series per data key plotted
 * @param xAxis the horizontal axis: the data key it shows, or that key with settings
 * @param showYAxis whether the vertical axis is drawn
 * @param showLegend whether a legend of the series is drawn
 * @param showTooltip whether hovering a point shows its values
 * @param barGap the gap between bars of one category, in pixels
 * @param barCategoryGap the gap between categories of bars, in pixels
 * @param flex how much of the parent's free space it takes: a flex factor, or a CSS flex value
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
public record Chart(
    @JsonProperty(required = true) List<Map<String, ChartValue>> data,
    @JsonProperty(required = true) List<ChartSeries> series,
    @JsonProperty(required = true) XAxis xAxis,
    Boolean showYAxis,
    Boolean showLegend,
    Boolean showTooltip,
    // The schema itself says "integer" for both gaps.
    Integer barGap,
    Integer barCategoryGap,
    Dimension flex,
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

  public Chart {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(xAxis, "xAxis");
  }

  /** A chart of these rows, drawing these series along an axis of this data key. */
  public static Chart of(List<Map<String, ChartValue>> data, String xAxis, ChartSeries... series) {
    return builder().data(data).xAxis(XAxis.of(xAxis)).series(series).build();
  }

  /** A builder that sets this record's props one by one. */
  public static ChartBuilder builder() {
    return new ChartBuilder();
  }
}
