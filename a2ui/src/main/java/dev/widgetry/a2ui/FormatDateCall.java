package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code formatDate}: Formats a timestamp into a string using a pattern.
 *
 * @param args its arguments
 * @param returnType {@code "string"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("formatDate")
public record FormatDateCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) StringReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements StringFunction {

  public FormatDateCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public FormatDateCall withCatalogId(String catalogId) {
    return new FormatDateCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code formatDate}.
   *
   * @param value the date to format
   * @param format a Unicode TR35 date pattern, such as {@code "MMM dd, yyyy"} (Jan 16, 2026), {@code "HH:mm"}
   *     (14:30) or {@code "h:mm a"} (2:30 PM)
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicValue value,
      @JsonProperty(required = true) DynamicString format) {

    public Args {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(format, "format");
    }
  }
}
