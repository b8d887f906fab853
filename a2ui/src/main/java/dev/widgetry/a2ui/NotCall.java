package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code not}: Performs a logical NOT operation on a boolean value.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("not")
public record NotCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public NotCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public NotCall withCatalogId(String catalogId) {
    return new NotCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code not}.
   *
   * @param value the boolean value to negate
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicBoolean value) {

    public Args {
      Objects.requireNonNull(value, "value");
    }
  }
}
