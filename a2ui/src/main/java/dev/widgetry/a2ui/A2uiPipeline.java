package dev.widgetry.a2ui;

import dev.widgetry.runtime.ActionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A2UI middleware in an explicit order, and a check of what it leaves: {@link #apply} runs the
 * first on the handler's answer, the second on what the first returned, and so on, then validates
 * the messages with {@link A2ui#validate}. A problem the handler's own answer did not have means a
 * middleware broke a surface: it is an {@link A2uiMiddlewareException} naming that middleware,
 * thrown before anything is sent. Immutable: {@link #then} and {@link #withCatalogs} return copies.
 *
 * <pre>{@code
 * A2uiPipeline pipeline = A2uiPipeline.of(permissions, localizedTexts, brandTheme)
 *     .withCatalogs(AcmeComponentCatalog.CATALOG);
 * ActionDispatcher dispatcher = ActionDispatcher.of(handlers).withMiddleware(pipeline);
 * }</pre>
 */
public final class A2uiPipeline implements A2uiMiddleware {
  private final List<A2uiMiddleware> middleware;
  private final ComponentCatalog[] catalogs;

  private A2uiPipeline(List<A2uiMiddleware> middleware, ComponentCatalog[] catalogs) {
    this.middleware = middleware;
    this.catalogs = catalogs;
  }

  /** A pipeline that runs {@code middleware} in this order; with none, it sends answers as they are. */
  public static A2uiPipeline of(A2uiMiddleware... middleware) {
    for (A2uiMiddleware each : middleware) {
      Objects.requireNonNull(each, "middleware");
    }
    return new A2uiPipeline(List.of(middleware), new ComponentCatalog[0]);
  }

  /** A copy that runs {@code next} after this pipeline's middleware. */
  public A2uiPipeline then(A2uiMiddleware next) {
    List<A2uiMiddleware> longer = new ArrayList<>(middleware);
    longer.add(Objects.requireNonNull(next, "next"));
    return new A2uiPipeline(List.copyOf(longer), catalogs);
  }

  /** A copy that validates surfaces of these catalogs too (the basic one is always known). */
  public A2uiPipeline withCatalogs(ComponentCatalog... catalogs) {
    for (ComponentCatalog catalog : catalogs) {
      Objects.requireNonNull(catalog, "catalog");
    }
    return new A2uiPipeline(middleware, catalogs.clone());
  }

  /**
   * The answer after every middleware, in order.
   *
   * @throws IllegalStateException when a middleware returns null
   * @throws A2uiMiddlewareException when the answer has problems by {@link A2ui#validate} that the
   *     handler's answer did not have
   */
  @Override
  public A2uiAnswer apply(A2uiAnswer answer, ActionContext context) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(context, "context");
    if (middleware.isEmpty()) {
      return answer;
    }
    List<A2uiAnswer> steps = new ArrayList<>();
    steps.add(answer);
    A2uiAnswer current = answer;
    for (int i = 0; i < middleware.size(); i++) {
      current = middleware.get(i).apply(current, context);
      if (current == null) {
        throw new IllegalStateException("A2UI middleware " + (i + 1) + " of " + middleware.size() + " ("
            + middleware.get(i).getClass().getName() + ") returned null; return the answer to leave it as it is");
      }
      steps.add(current);
    }
    if (current == answer) {
      return answer;
    }
    Map<Problem, Integer> before = counts(A2ui.validate(answer.messages(), catalogs));
    List<A2uiProblem> added = added(before, A2ui.validate(current.messages(), catalogs));
    if (!added.isEmpty()) {
      throw culprit(steps, before, added);
    }
    return current;
  }

  /**
   * The exception naming the first middleware after which the answer had problems of its own
   * making; the last one, which left {@code last}, when none before it did.
   */
  private A2uiMiddlewareException culprit(List<A2uiAnswer> steps, Map<Problem, Integer> before,
      List<A2uiProblem> last) {
    for (int i = 1; i < steps.size() - 1; i++) {
      List<A2uiProblem> added = added(before, A2ui.validate(steps.get(i).messages(), catalogs));
      if (!added.isEmpty()) {
        return new A2uiMiddlewareException(i, middleware.size(), middleware.get(i - 1), added);
      }
    }
    return new A2uiMiddlewareException(middleware.size(), middleware.size(), middleware.get(middleware.size() - 1),
        last);
  }

  /**
   * The problems of {@code after} beyond those of {@code before}, compared by rule and message: a
   * middleware that removes components moves the pointers of the problems the handler's answer had
   * already, and those stay the handler's.
   */
  private static List<A2uiProblem> added(Map<Problem, Integer> before, List<A2uiProblem> after) {
    Map<Problem, Integer> left = new HashMap<>(before);
    List<A2uiProblem> added = new ArrayList<>();
    for (A2uiProblem problem : after) {
      Problem key = new Problem(problem.rule(), problem.message());
      Integer count = left.get(key);
      if (count == null) {
        added.add(problem);
      } else if (count == 1) {
        left.remove(key);
      } else {
        left.put(key, count - 1);
      }
    }
    return added;
  }

  private static Map<Problem, Integer> counts(List<A2uiProblem> problems) {
    Map<Problem, Integer> counts = new HashMap<>();
    problems.forEach(problem -> counts.merge(new Problem(problem.rule(), problem.message()), 1, Integer::sum));
    return counts;
  }

  /** A problem without its pointer. */
  private record Problem(A2uiRule rule, String message) {}
}
