package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.AnswerMiddleware;
import java.util.Map;

/**
 * The middleware a dispatcher was given, by the kind of answer each changes: a protocol asks it to
 * change what its handler answered before writing it.
 */
public final class AnswerPipelines {
  private static final AnswerPipelines NONE = new AnswerPipelines(Map.of());

  private final Map<Class<?>, AnswerMiddleware<?>> byType;

  private AnswerPipelines(Map<Class<?>, AnswerMiddleware<?>> byType) {
    this.byType = byType;
  }

  public static AnswerPipelines none() {
    return NONE;
  }

  /** A copy with {@code middleware} in place of any set before for its kind of answer. */
  public AnswerPipelines with(AnswerMiddleware<?> middleware) {
    Map<Class<?>, AnswerMiddleware<?>> copy = new java.util.HashMap<>(byType);
    copy.put(middleware.answerType(), middleware);
    return new AnswerPipelines(Map.copyOf(copy));
  }

  /**
   * {@code answer} after the middleware for {@code type}, or as it is when there is none.
   *
   * @throws IllegalStateException when the middleware returns null
   */
  @SuppressWarnings("unchecked") // stored under its own answer type by with()
  public <T> T apply(Class<T> type, T answer, ActionContext context) {
    AnswerMiddleware<T> middleware = (AnswerMiddleware<T>) byType.get(type);
    if (middleware == null) {
      return answer;
    }
    T changed = middleware.apply(answer, context);
    if (changed == null) {
      throw new IllegalStateException("Middleware " + middleware + " returned null for a " + type.getSimpleName()
          + "; return the answer itself to leave it as it is");
    }
    return changed;
  }
}
