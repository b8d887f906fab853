package dev.widgetry.a2ui;

import java.util.List;

/**
 * A middleware left an A2UI answer that {@link A2ui#validate} refuses, though the handler's answer
 * passed: a server bug, caught before the messages are sent. The message names the middleware and
 * lists each problem it made, with its pointer into the messages.
 */
public final class A2uiMiddlewareException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient List<A2uiProblem> problems;

  A2uiMiddlewareException(int position, int count, A2uiMiddleware middleware, List<A2uiProblem> problems) {
    super(describe(position, count, middleware, problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems the middleware made, in message order. */
  public List<A2uiProblem> problems() {
    return problems;
  }

  private static String describe(int position, int count, A2uiMiddleware middleware, List<A2uiProblem> problems) {
    StringBuilder text = new StringBuilder();
    text.append("A2UI middleware ").append(position).append(" of ").append(count).append(" (")
        .append(middleware.getClass().getName()).append(") broke the answer; nothing was sent. ")
        .append(problems.size() == 1 ? "Its problem:" : "Its " + problems.size() + " problems:");
    for (A2uiProblem problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }
}
