package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.types.FeedbackKind;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.UserMessageItem;
import dev.widgetry.runtime.ActionContext;
import java.util.List;

/**
 * The application's assistant: it answers a user message by emitting to the thread's stream, as
 * it goes. What it emits is sent to the client at once and kept in the thread.
 *
 * <pre>{@code
 * Responder assistant = (thread, message, context, stream) -> {
 *   stream.progress("Looking up your order");
 *   stream.text("Here it is:");
 *   stream.widget(OrderCard.render(orders.find(message.text())));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Responder {

  /**
   * Answers {@code message} in {@code thread}. Throwing sends the client an error that offers a
   * retry (and logs why); when the client leaves, the stream's next emit throws
   * {@link StreamCancelledException}, which the server handles. Streams left open are completed.
   *
   * @param thread the thread; change its title through {@link ThreadStream#title}
   * @param message the user's message; null when the assistant is to go on without one (after a
   *     client tool's output, or answers to a structured input)
   * @param context the request's context, with what the application attached to it
   * @param stream where the answer goes
   */
  void respond(ThreadMetadata thread, UserMessageItem message, ActionContext context, ThreadStream stream)
      throws Exception;

  /** Takes a user's thumbs up or down on items of a thread; ignored unless overridden. */
  default void feedback(String threadId, List<String> itemIds, FeedbackKind kind, ActionContext context) {}
}
