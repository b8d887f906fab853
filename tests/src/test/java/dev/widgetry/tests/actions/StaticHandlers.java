package dev.widgetry.tests.actions;

import dev.widgetry.annotations.OnAction;

/** Handlers with only static methods: a dispatcher takes the class itself. */
public final class StaticHandlers {
  private StaticHandlers() {}

  @OnAction("ping")
  public static void ping() {}
}
