package dev.widgetry.runtime.spi;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.AnswerMiddleware;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The middleware a dispatcher was given, by the kind of answer each changes: a protocol asks it to
 * change what its handler answered before writing it. It carries the dispatcher's hooks too, by
 * their type: what a protocol calls for a request that goes to no handler (A2UI's renderer errors).
 */
public final class AnswerPipelines {
  private static final AnswerPipelines NONE = new AnswerPipelines(Map.of(), Map.of());

  private final Map<Class<?>, AnswerMiddleware<?>> byType;
  private final Map<Class<?>, Object> hooks;

  private AnswerPipelines(Map<Class<?>, AnswerMiddleware<?>> byType, Map<Class<?>, Object> hooks) {
    this.byType = byType;
    this.hooks = hooks;
  }

  public static AnswerPipelines none() {
    return NONE;
  }

  /** A copy with {@code middleware} in place of any set before for its kind of answer. */
  public AnswerPipelines with(AnswerMiddleware<?> middleware) {
    Map<Class<?>, AnswerMiddleware<?>> copy = new HashMap<>(byType);
    copy.put(middleware.answerType(), middleware);
    return new AnswerPipelines(Map.copyOf(copy), hooks);
  }

  /** A copy with {@code hook} under {@code type}, in place of any set before under it. */
  public <T> AnswerPipelines withHook(Class<T> type, T hook) {
    Map<Class<?>, Object> copy = new HashMap<>(hooks);
    copy.put(type, type.cast(hook));
    return new AnswerPipelines(byType, Map.copyOf(copy));
  }

  /** The hook set under {@code type}, if any. */
  public <T> Optional<T> hook(Class<T> type) {
    return Optional.ofNullable(type.cast(hooks.get(type)));
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
