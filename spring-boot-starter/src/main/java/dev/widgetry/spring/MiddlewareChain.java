package dev.widgetry.spring;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.AnswerMiddleware;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The middleware beans of one answer type (ChatKit widgets, A2UI messages...), run in their
 * {@code @Order}: each gets what the one before it returned. A dispatcher keeps one middleware per
 * answer type, so the beans are grouped into one chain per type.
 *
 * @param <T> the kind of answer the chain changes
 */
final class MiddlewareChain<T> implements AnswerMiddleware<T> {
  private final Class<T> answerType;
  private final List<AnswerMiddleware<T>> links;

  private MiddlewareChain(Class<T> answerType, List<AnswerMiddleware<T>> links) {
    this.answerType = answerType;
    this.links = links;
  }

  /** One chain per answer type, in the order of each type's first middleware; each keeps the order given. */
  static List<AnswerMiddleware<?>> byAnswerType(List<? extends AnswerMiddleware<?>> ordered) {
    Map<Class<?>, List<AnswerMiddleware<?>>> groups = new LinkedHashMap<>();
    for (AnswerMiddleware<?> middleware : ordered) {
      groups.computeIfAbsent(middleware.answerType(), type -> new ArrayList<>()).add(middleware);
    }
    List<AnswerMiddleware<?>> chains = new ArrayList<>();
    groups.forEach((type, links) -> chains.add(links.size() == 1 ? links.get(0) : chain(type, links)));
    return chains;
  }

  @SuppressWarnings("unchecked") // every link answered answerType() with this type
  private static <T> MiddlewareChain<T> chain(Class<T> type, List<AnswerMiddleware<?>> links) {
    List<AnswerMiddleware<T>> typed = new ArrayList<>();
    for (AnswerMiddleware<?> link : links) {
      typed.add((AnswerMiddleware<T>) link);
    }
    return new MiddlewareChain<>(type, List.copyOf(typed));
  }

  @Override
  public Class<T> answerType() {
    return answerType;
  }

  @Override
  public T apply(T answer, ActionContext context) {
    T current = Objects.requireNonNull(answer, "answer");
    for (AnswerMiddleware<T> link : links) {
      current = link.apply(current, context);
      if (current == null) {
        throw new IllegalStateException("The middleware " + link.getClass().getName() + " returned null;"
            + " return the answer to leave it as it is");
      }
    }
    return current;
  }
}
