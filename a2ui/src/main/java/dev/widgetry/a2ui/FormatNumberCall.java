package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code formatNumber}: Formats a number with the specified grouping and decimal precision.
 *
 * @param args its arguments
 * @param returnType {@code "string"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("formatNumber")
public record FormatNumberCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) StringReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements StringFunction {

  public FormatNumberCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public FormatNumberCall withCatalogId(String catalogId) {
    return new FormatNumberCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code formatNumber}.
   *
   * @param value the number to format
   * @param decimals optional. The number of decimal places to show. Defaults to 0 or 2 depending on locale
   * @param grouping optional. If true, uses locale-specific grouping separators (e.g. '1,000'). If false,
   *     returns raw digits (e.g. '1000'). Defaults to true
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicNumber value,
      DynamicNumber decimals,
      DynamicBoolean grouping) {

    public Args {
      Objects.requireNonNull(value, "value");
    }
  }
}
