package dev.widgetry.runtime;

import dev.widgetry.chatkit.WidgetRoot;

/**
 * Changes a ChatKit widget before it is sent, for the user and request in {@code context}: a theme they
 * prefer, labels in their language, no buttons they may not press. Run through a
 * {@link WidgetPipeline}, which fixes the order; build the changes with
 * {@link dev.widgetry.chatkit.WidgetRewriter} and {@link dev.widgetry.chatkit.WidgetRewrites}.
 *
 * <pre>{@code
 * WidgetMiddleware darkTheme = (widget, context) ->
 *     context.get(Preferences.class).filter(Preferences::darkTheme).isPresent()
 *         ? WidgetRewrites.theme(Theme.DARK).rewrite(widget)
 *         : widget;
 * }</pre>
 */
@FunctionalInterface
public interface WidgetMiddleware extends AnswerMiddleware<WidgetRoot> {

  /** The widget to send in place of {@code widget}: {@code widget} itself to leave it as it is; never null. */
  @Override
  WidgetRoot apply(WidgetRoot widget, ActionContext context);

  @Override
  default Class<WidgetRoot> answerType() {
    return WidgetRoot.class;
  }
}
