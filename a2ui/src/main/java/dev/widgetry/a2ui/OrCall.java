package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Objects;

/**
 * {@code or}: Performs a logical OR operation on a list of boolean values.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("or")
public record OrCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public OrCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public OrCall withCatalogId(String catalogId) {
    return new OrCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code or}.
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
        throw new IllegalArgumentException("or takes 2 values or more, and has " + values.size());
      }
    }
  }
}
