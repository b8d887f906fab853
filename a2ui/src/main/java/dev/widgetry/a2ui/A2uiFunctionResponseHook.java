package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;

/**
 * Takes a v1.0 renderer's answers to the functions the agent asked it to run: the agent sends a
 * {@link CallRendererFunction}, and the renderer posts {@code {"version": "v1.0",
 * "rendererFunctionResponse": {"functionCallId", "value" | "error"}}} back to the endpoint. Give it
 * to the dispatcher that serves A2UI actions:
 *
 * <pre>{@code
 * ActionDispatcher dispatcher = ActionDispatcher.of(new OrderHandlers())
 *     .withHook(A2uiFunctionResponseHook.class, (response, context) -> pending.answer(response));
 * }</pre>
 *
 * <p>The hook matches the response to its call by {@link RendererFunctionResponse#functionCallId()}:
 * the library keeps no record of the calls the agent sent, since the answer may reach another
 * instance of the server than the one that sent the call, or come after a restart. The response is
 * answered with no messages ({@code []}) once the hook returns; a hook that throws is answered
 * {@code handler_failed}, as a handler that throws is. Without a hook, the response is refused
 * {@code unsupported_request}: it carries a value the agent asked for, and a server with nothing to
 * give it to says so rather than drop it.
 */
@FunctionalInterface
public interface A2uiFunctionResponseHook {

  /** Called once per response, on the thread that dispatches it, with the request's context. */
  void onResponse(RendererFunctionResponse response, ActionContext context);
}
