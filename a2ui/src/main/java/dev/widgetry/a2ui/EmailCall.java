package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code email}: Checks that the value is a valid email address.
 *
 * @param args its arguments
 * @param returnType {@code "boolean"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 names what a check function gives a validationResult; v0.9 calls it a boolean.
@A2uiSchema(value = "{\"returnType\": \"validationResult\"}", since = A2uiVersion.V1_0)
@Widget("email")
public record EmailCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) BooleanReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements BooleanFunction {

  public EmailCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public EmailCall withCatalogId(String catalogId) {
    return new EmailCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code email}.
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
