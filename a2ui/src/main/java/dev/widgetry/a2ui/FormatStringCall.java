package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code formatString}: Performs string interpolation of data model values and other functions in the catalog
 * functions list and returns the resulting string. The value string can contain interpolated expressions in
 * the `${expression}` format. Supported expression types include: JSON Pointer paths to the data model (e.g.,
 * `${/absolute/path}` or `${relative/path}`), and client-side function calls (e.g., `${now()}`). Function
 * arguments must be named (e.g., `${formatDate(value:${/currentDate}, format:'MM-dd')}`). To include a
 * literal `${` sequence, escape it as `\${`.
 *
 * @param args its arguments
 * @param returnType {@code "string"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("formatString")
public record FormatStringCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) StringReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements StringFunction {

  public FormatStringCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public FormatStringCall withCatalogId(String catalogId) {
    return new FormatStringCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code formatString}.
   *
   * @param value the text to check
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicString value) {

    public Args {
      Objects.requireNonNull(value, "value");
    }
  }
}
