package dev.widgetry.processor.template.check;

import dev.widgetry.processor.template.shape.Value;

/**
 * Checks the actions a template writes against the {@code @OnAction} handlers of the compilation:
 * called for every {@code ActionConfig} object the template spells out.
 */
interface ActionChecks {
  ActionChecks NONE = (type, payload, handler, env, pos, values) -> {};

  /**
   * @param type the value of {@code "type"}
   * @param payload the value of {@code "payload"}, or null
   * @param handler the value of {@code "handler"}, or null: a {@code "client"} action is the page's
   * @param values checks a value against a slot, for a payload checked against a handler's type
   */
  void check(Value type, Value payload, Value handler, Env env, int pos, Values values);
}
