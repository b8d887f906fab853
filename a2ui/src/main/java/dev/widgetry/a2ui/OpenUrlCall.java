package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.internal.Formats;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code openUrl}: Opens the specified URL in a browser or handler. This function has no return value.
 *
 * @param args its arguments
 * @param returnType {@code "void"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
// v1.0 function metadata: a renderer opens the URL only on a user's gesture.
@A2uiSchema(value = "{\"requiresUserActivation\": true}", since = A2uiVersion.V1_0)
@Widget("openUrl")
public record OpenUrlCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) VoidReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements VoidFunction {

  public OpenUrlCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public OpenUrlCall withCatalogId(String catalogId) {
    return new OpenUrlCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code openUrl}.
   *
   * @param url the URL to open
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) @A2uiSchema("{\"format\": \"uri\"}") @A2uiBindableSince(A2uiVersion.V1_0)
      DynamicString url) {

    public Args {
      Objects.requireNonNull(url, "url");
      // A literal is an absolute URI (A2UI v0.9 takes nothing else); a binding or a call is the renderer's to check.
      if (url instanceof StringLiteral) {
        Formats.requireAbsoluteUri(((StringLiteral) url).value(), "url");
      }
    }

    /** The literal absolute URI {@code url}. */
    public Args(String url) {
      this(new StringLiteral(Objects.requireNonNull(url, "url")));
    }
  }
}
