package dev.widgetry.a2ui;

import java.util.List;

/** A surface that cannot be built as asked: every reason at once, each naming where it is. */
public final class A2uiBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  A2uiBuildException(String summary, List<String> problems) {
    super(summary + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in words. */
  public List<String> problems() {
    return problems;
  }
}
