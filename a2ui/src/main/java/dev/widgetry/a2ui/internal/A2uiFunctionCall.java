package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiFunctionSource;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AgentFunctionResponse;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.AnswerPipelines;

/**
 * A v1.0 renderer's {@code callAgentFunction}, read and checked: the {@code @OnAction} handler of
 * the function's name, its args parsed into the handler's payload type, and where it came from,
 * which reaches the handler as an {@link A2uiFunctionSource}. It is answered with one {@code
 * agentFunctionResponse} under the call's id: the handler's value, or, when the handler fails, an
 * error the renderer can match to its call.
 *
 * @param route the handler it goes to
 * @param payload the args parsed into the handler's type, or null when the handler takes none
 * @param source the surface and the call's id
 */
record A2uiFunctionCall(ActionRoute route, Object payload, A2uiFunctionSource source) implements ActionCall {

  @Override
  public ActionContext context(ActionContext base) {
    return base.with(A2uiFunctionSource.class, source);
  }

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    return write(AgentFunctionResponse.value(source.functionCallId(), FunctionValues.of(returned, route)), context);
  }

  @Override
  public ActionResponse failed(ActionError error, String message, ActionContext context) {
    return write(AgentFunctionResponse.error(source.functionCallId(), error.code(), message), context);
  }

  static ActionResponse write(AgentFunctionResponse response, ActionContext context) {
    return AnswerForm.of(context).write(A2ui.writer(A2uiVersion.V1_0).toJson(response));
  }
}
