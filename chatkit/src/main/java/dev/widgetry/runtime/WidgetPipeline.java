package dev.widgetry.runtime;

import dev.widgetry.chatkit.WidgetRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Middleware in an explicit order: {@link #apply} runs the first on the widget, the second on what
 * the first returned, and so on. Immutable: {@link #then} returns a longer copy.
 *
 * <pre>{@code
 * WidgetPipeline pipeline = WidgetPipeline.of(permissions, localizedLabels, darkTheme);
 * ActionDispatcher dispatcher = ActionDispatcher.of(handlers).withMiddleware(pipeline);
 * }</pre>
 */
public final class WidgetPipeline implements WidgetMiddleware {
  private final List<WidgetMiddleware> middleware;

  private WidgetPipeline(List<WidgetMiddleware> middleware) {
    this.middleware = middleware;
  }

  /** A pipeline that runs {@code middleware} in this order; with none, it sends widgets as they are. */
  public static WidgetPipeline of(WidgetMiddleware... middleware) {
    return new WidgetPipeline(List.of(middleware));
  }

  /** A copy that runs {@code next} after this pipeline's middleware. */
  public WidgetPipeline then(WidgetMiddleware next) {
    List<WidgetMiddleware> longer = new ArrayList<>(middleware);
    longer.add(Objects.requireNonNull(next, "next"));
    return new WidgetPipeline(List.copyOf(longer));
  }

  /**
   * The widget after every middleware, in order.
   *
   * @throws IllegalStateException when a middleware returns null
   */
  @Override
  public WidgetRoot apply(WidgetRoot widget, ActionContext context) {
    Objects.requireNonNull(widget, "widget");
    Objects.requireNonNull(context, "context");
    WidgetRoot current = widget;
    for (int i = 0; i < middleware.size(); i++) {
      current = middleware.get(i).apply(current, context);
      if (current == null) {
        throw new IllegalStateException("Middleware " + (i + 1) + " of " + middleware.size() + " ("
            + middleware.get(i).getClass().getName() + ") returned null; return the widget to leave it as it is");
      }
    }
    return current;
  }
}
