package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;

/**
 * A request a protocol has read and checked, ready for its handler: where it goes, its parsed
 * payload, what the handler may know about where it came from, and how to answer it in the
 * protocol's own terms.
 */
public interface ActionCall {

  /**
   * The handler it goes to; null for a request that goes to no handler (a renderer's report of an
   * error, say), which the dispatcher answers at once with {@link #answer answer(null, ...)}.
   */
  ActionRoute route();

  /** The payload parsed into the handler's type, or null when the handler takes none. */
  Object payload();

  /** The handler's context: the application's {@code base} with what the request tells of its origin. */
  ActionContext context(ActionContext base);

  /**
   * The answer to what the handler returned ({@code null} for {@code void}), after the middleware
   * for its kind of answer.
   *
   * @throws RuntimeException when the handler returned something this protocol cannot send, or
   *     middleware or a hook failed: the dispatcher answers {@code handler_failed}
   */
  ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware);

  /**
   * The answer when the handler failed, did not answer in time, or returned what {@link #answer}
   * cannot send: by default the structured error every endpoint writes. A protocol whose client
   * waits for an answer in the protocol's own terms (an A2UI v1.0 function call, which must be
   * answered under its call's id) answers in those terms instead.
   *
   * @param message a sentence for the client, which tells nothing of the server's internals
   * @param context the handler's context
   */
  default ActionResponse failed(ActionError error, String message, ActionContext context) {
    return ActionResponse.error(error, message);
  }

  /**
   * A request that goes to no handler (a renderer's report of an error, say): it has no route, no
   * payload and adds nothing to the context; only its {@link #answer} is its own.
   */
  interface Unrouted extends ActionCall {
    @Override
    default ActionRoute route() {
      return null;
    }

    @Override
    default Object payload() {
      return null;
    }

    @Override
    default ActionContext context(ActionContext base) {
      return base;
    }
  }
}
