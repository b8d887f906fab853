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
 *     is written as v1.0's basic catalog id)
 */
public record CallRendererFunction(String functionCallId, FunctionCall call, String catalogId)
    implements FunctionMessage {

  public CallRendererFunction {
    Objects.requireNonNull(functionCallId, "functionCallId");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(catalogId, "catalogId");
  }

  /** A call of one of the basic catalog's functions ({@code dev.widgetry.a2ui.basic.Functions}). */
  public static CallRendererFunction of(String functionCallId, FunctionCall call) {
    return new CallRendererFunction(functionCallId, call, BasicCatalog.ID);
  }
}
