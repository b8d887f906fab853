package dev.widgetry.a2ui;

import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.Objects;

/**
 * The agent asks a v1.0 renderer to run a function of a catalog ({@code callRendererFunction}); the
 * renderer answers with a {@link RendererFunctionResponse} of the same {@code functionCallId}.
 *
 * @param functionCallId the call's id, which the renderer's response repeats
 * @param call the function and its arguments
 * @param catalogId the catalog the function is of, as Java code names it ({@link BasicCatalog#ID}
 *     is written as v1.0's basic catalog id); the call's own {@code catalogId}, when it names one,
 *     must name the same catalog
 */
public record CallRendererFunction(String functionCallId, FunctionCall call, String catalogId)
    implements FunctionMessage {

  public CallRendererFunction {
    Objects.requireNonNull(functionCallId, "functionCallId");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(catalogId, "catalogId");
    String own = call.catalogId();
    if (own != null && !A2uiVersion.V1_0.catalogIdInJava(own).equals(catalogId)) {
      throw new IllegalArgumentException("CallRendererFunction \"" + functionCallId + "\" is of catalog " + catalogId
          + ", and its call names catalog " + own + ": give the call no catalogId, or the same");
    }
  }

  /**
   * A call of a function of the catalog the call names in its {@code catalogId}, else of the basic
   * catalog ({@code dev.widgetry.a2ui.basic.Functions}).
   */
  public static CallRendererFunction of(String functionCallId, FunctionCall call) {
    String own = Objects.requireNonNull(call, "call").catalogId();
    return new CallRendererFunction(functionCallId, call,
        own == null ? BasicCatalog.ID : A2uiVersion.V1_0.catalogIdInJava(own));
  }
}
