package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.AnswerMiddleware;

/**
 * Changes the messages an A2UI action's handler answered before they are sent, for the user and
 * request in {@code context}: a theme they prefer, texts in their language, no buttons they may
 * not press. Run several through an {@link A2uiPipeline}, which fixes their order and checks that
 * the surfaces they leave are still valid; {@link A2uiRewrites} has the common ones.
 *
 * <pre>{@code
 * A2uiMiddleware brand = (answer, context) -> A2uiRewrites.theme(Theme.of().primaryColor("#00BFFF"))
 *     .apply(answer, context);
 * }</pre>
 */
@FunctionalInterface
public interface A2uiMiddleware extends AnswerMiddleware<A2uiAnswer> {

  /** The answer to send in place of {@code answer}: {@code answer} itself to leave it as it is; never null. */
  @Override
  A2uiAnswer apply(A2uiAnswer answer, ActionContext context);

  @Override
  default Class<A2uiAnswer> answerType() {
    return A2uiAnswer.class;
  }
}
