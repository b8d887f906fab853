package dev.widgetry.benchmarks.dispatch;

import dev.widgetry.annotations.OnAction;

/** The handler every dispatcher of the benchmark calls: it keeps the last order it was given. */
public final class OrderHandlers {
  private UpdateOrder last;

  @OnAction("order.update")
  @HandlesAction("order.update")
  public void update(UpdateOrder order) {
    last = order;
  }

  public UpdateOrder last() {
    return last;
  }
}
