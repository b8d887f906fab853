package dev.widgetry.tests.a2ui.acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentRef;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A chart of prices.
 *
 * @param points the prices, in order
 * @param style how they are drawn
 * @param legend components that explain the chart
 * @param caption what is written under the chart, in A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record PriceChart(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) List<Point> points,
    @JsonProperty(defaultValue = "line") Style style,
    @ComponentRef List<String> legend,
    @A2uiSince(A2uiVersion.V1_0) DynamicString caption,
    AccessibilityAttributes accessibility,
    Double weight)
    implements AcmeComponent {

  public PriceChart {
    Objects.requireNonNull(points, "points");
  }

  public static PriceChartBuilder builder() {
    return new PriceChartBuilder();
  }

  @Override
  public PriceChart withId(String id) {
    return PriceChartBuilder.from(this).id(id).build();
  }

  /**
   * One price.
   *
   * @param label what it is the price of
   * @param value the price
   */
  @Widget
  public record Point(
      @JsonProperty(required = true) DynamicString label, @JsonProperty(required = true) DynamicNumber value) {}

  /** How the prices are drawn. */
  public enum Style {
    @JsonProperty("line")
    LINE,
    @JsonProperty("bar")
    BAR
  }
}
