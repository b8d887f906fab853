package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code length}: Checks string length constraints.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 names what a check function gives a validationResult; v0.9 calls it a boolean.
@A2uiSchema(value = "{\"returnType\": \"validationResult\"}", since = A2uiVersion.V1_0)
@Widget("length")
public record LengthCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public LengthCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public LengthCall withCatalogId(String catalogId) {
    return new LengthCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code length}.
   *
   * @param value the text to check
   * @param min the minimum allowed length
   * @param max the maximum allowed length
   */
  @Widget
  @A2uiSchema("{\"anyOf\": [{\"required\": [\"min\"]}, {\"required\": [\"max\"]}]}")
  public record Args(
      @JsonProperty(required = true) DynamicString value,
      @A2uiSchema("{\"minimum\": 0}") Integer min,
      @A2uiSchema("{\"minimum\": 0}") Integer max) {

    public Args {
      Objects.requireNonNull(value, "value");
      if (min == null && max == null) {
        throw new IllegalArgumentException("give min, max or both");
      }
      if ((min != null && min < 0) || (max != null && max < 0)) {
        throw new IllegalArgumentException("min and max are lengths, 0 or more");
      }
    }
  }
}
