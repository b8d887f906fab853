package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2uiFunctionResponseHook;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.RendererFunctionResponse;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.AnswerPipelines;
import java.util.List;

/**
 * A v1.0 renderer's answer to a function the agent asked it to run: it goes to no handler but to
 * the application's {@link A2uiFunctionResponseHook}, and is answered with no messages; without a
 * hook it is refused, since the value it carries would be lost.
 *
 * @param response what the renderer answered
 */
record A2uiFunctionResponseCall(RendererFunctionResponse response) implements ActionCall.Unrouted {

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    A2uiFunctionResponseHook hook = middleware.hook(A2uiFunctionResponseHook.class).orElse(null);
    if (hook == null) {
      return ActionResponse.error(ActionError.UNSUPPORTED_REQUEST, "This endpoint has nothing to take the answer to"
          + " function call \"" + response.functionCallId() + "\": give the dispatcher an A2uiFunctionResponseHook.");
    }
    hook.onResponse(response, context);
    return AnswerForm.of(context).write(List.of(), A2uiVersion.V1_0);
  }
}
