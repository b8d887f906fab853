package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code required}: Checks that the value is not null, undefined, or empty.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 names what a check function gives a validationResult; v0.9 calls it a boolean.
@A2uiSchema(value = "{\"returnType\": \"validationResult\"}", since = A2uiVersion.V1_0)
@Widget("required")
public record RequiredCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public RequiredCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public RequiredCall withCatalogId(String catalogId) {
    return new RequiredCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code required}.
   *
   * @param value the value to check
   */
  @Widget
  public record Args(
      // The catalog gives the value no schema: any JSON but null. The reader takes a DynamicValue.
      @JsonProperty(required = true) @A2uiSchema("{\"$ref\": null}") DynamicValue value) {

    public Args {
      Objects.requireNonNull(value, "value");
    }
  }
}
