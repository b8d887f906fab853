package dev.widgetry.samples.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotNull;
import dev.widgetry.samples.constraints.Size;
import java.util.List;

/**
 * Revenue over a period, as an analytics assistant reports it.
 *
 * @param period the period the report covers
 * @param points the revenue of each stretch of the period, oldest first
 */
@Widget
public record SalesReport(@NotNull Period period, @JsonProperty(required = true) @Size(min = 1) List<SalesPoint> points) {

  /** All revenue in the period. */
  public double revenue() {
    return points.stream().mapToDouble(point -> point.online() + point.store()).sum();
  }

  /** All revenue hoped for in the period. */
  public double target() {
    return points.stream().mapToDouble(SalesPoint::target).sum();
  }

  /** The share of revenue made online, from 0 to 1. */
  public double onlineShare() {
    double revenue = revenue();
    return revenue == 0 ? 0 : points.stream().mapToDouble(SalesPoint::online).sum() / revenue;
  }
}
