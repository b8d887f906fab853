package dev.widgetry.runtime;

/**
 * Changes one kind of answer (a ChatKit widget, an A2UI surface's messages) before it is sent, for
 * the user and request in {@code context}. Each protocol module has its own, such as ChatKit's
 * {@code WidgetMiddleware}; give it to {@link ActionDispatcher#withMiddleware}.
 *
 * @param <T> the kind of answer it changes
 */
public interface AnswerMiddleware<T> {

  /** The kind of answer this middleware changes. */
  Class<T> answerType();

  /** The answer to send in place of {@code answer}: {@code answer} itself to leave it as it is; never null. */
  T apply(T answer, ActionContext context);
}
