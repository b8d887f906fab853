package dev.widgetry.a2ui.internal;

import dev.widgetry.a2ui.AgentFunctionResponse;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.AnswerPipelines;

/**
 * A v1.0 function call that reaches no handler: no handler has the function's name, or its args do
 * not fit the handler's payload type. The renderer waits for an answer under the call's id, so it
 * gets one: an {@code agentFunctionResponse} whose error has the code and the sentence the
 * structured error would have ({@code unknown_action}, {@code invalid_payload}), every problem's
 * JSON Pointer in the sentence.
 *
 * @param functionCallId the id of the call it answers
 * @param failure why the call reaches no handler
 */
record A2uiFunctionRefusal(String functionCallId, ActionFailure failure) implements ActionCall.Unrouted {
  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    return A2uiFunctionCall.write(
        AgentFunctionResponse.error(functionCallId, failure.error().code(), message()), context);
  }

  private String message() {
    if (failure.problems().size() < 2) {
      return failure.getMessage();
    }
    StringBuilder text = new StringBuilder(failure.getMessage());
    for (ParseProblem problem : failure.problems().subList(1, failure.problems().size())) {
      text.append(' ').append(problem.message());
    }
    return text.toString();
  }
}
