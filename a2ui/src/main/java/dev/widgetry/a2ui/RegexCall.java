package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code regex}: Checks that the value matches a regular expression string.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 names what a check function gives a validationResult; v0.9 calls it a boolean.
@A2uiSchema(value = "{\"returnType\": \"validationResult\"}", since = A2uiVersion.V1_0)
@Widget("regex")
public record RegexCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public RegexCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public RegexCall withCatalogId(String catalogId) {
    return new RegexCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code regex}.
   *
   * @param value the text to check
   * @param pattern the regex pattern to match against
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicString value,
      @JsonProperty(required = true) String pattern) {

    public Args {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pattern, "pattern");
    }
  }
}
