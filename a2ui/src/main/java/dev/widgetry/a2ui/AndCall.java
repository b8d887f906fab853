package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Objects;

/**
 * {@code and}: Performs a logical AND operation on a list of boolean values.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("and")
public record AndCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public AndCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public AndCall withCatalogId(String catalogId) {
    return new AndCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code and}.
   *
   * @param values the list of boolean values to evaluate
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) @A2uiSchema("{\"minItems\": 2}") List<DynamicBoolean> values) {

    public Args {
      Objects.requireNonNull(values, "values");
      values = List.copyOf(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("and takes 2 values or more, and has " + values.size());
      }
    }
  }
}
