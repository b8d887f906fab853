package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.AnswerPipelines;

/**
 * A model's tool call of an action, where A2UI is the protocol that answers it (ChatKit is not on
 * the class path): the handler's server messages, after A2UI's middleware, as the tool's result
 * CopilotKit's A2UI middleware looks for, {@code {"a2ui_operations": [...]}}, in the
 * {@link A2uiVersion} of the application's context, else v0.9. No surface sent it, so the handler's
 * context has no {@code A2uiSource}.
 *
 * @param route the handler it goes to
 * @param payload the tool's arguments parsed into the handler's type, or null when it takes none
 */
record A2uiToolCall(ActionRoute route, Object payload) implements ActionCall {

  @Override
  public ActionContext context(ActionContext base) {
    return base;
  }

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    A2uiAnswer answer = middleware.apply(A2uiAnswer.class, A2uiCall.toAnswer(returned, route, "an A2UI tool call"), context);
    A2uiVersion version = context.get(A2uiVersion.class).orElse(A2uiVersion.V0_9);
    return ActionResponse.ok(ActionResponse.JSON,
        A2ui.writer(version).toOperationsBytes(answer.messages()));
  }
}
