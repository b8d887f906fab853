package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code numeric}: Checks numeric range constraints.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 names what a check function gives a validationResult; v0.9 calls it a boolean.
@A2uiSchema(value = "{\"returnType\": \"validationResult\"}", since = A2uiVersion.V1_0)
@Widget("numeric")
public record NumericCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public NumericCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public NumericCall withCatalogId(String catalogId) {
    return new NumericCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code numeric}.
   *
   * @param value the text to check
   * @param min the minimum allowed value
   * @param max the maximum allowed value
   */
  @Widget
  @A2uiSchema("{\"anyOf\": [{\"required\": [\"min\"]}, {\"required\": [\"max\"]}]}")
  public record Args(
      @JsonProperty(required = true) DynamicNumber value,
      Double min,
      Double max) {

    public Args {
      Objects.requireNonNull(value, "value");
      if (min == null && max == null) {
        throw new IllegalArgumentException("give min, max or both");
      }
    }
  }
}
