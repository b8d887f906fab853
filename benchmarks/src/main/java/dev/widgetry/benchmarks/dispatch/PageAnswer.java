package dev.widgetry.benchmarks.dispatch;

/** What the baselines answer, as Widgetry's dispatcher answers a handler that returns nothing. */
record PageAnswer(String result) {
  static final PageAnswer NONE = new PageAnswer("none");
}
