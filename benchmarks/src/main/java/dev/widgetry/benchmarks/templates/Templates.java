package dev.widgetry.benchmarks.templates;

import dev.widgetry.annotations.WidgetTemplates;

/**
 * The template the benchmarks render, a Builder export in the Builder's one-line dialect: a
 * ListView of orders (found under {@code src/main/resources}), compiled into {@code OrderList}
 * and {@code OrderListTemplate}.
 */
@WidgetTemplates("widgets/order_list.widget")
final class Templates {
  private Templates() {}
}
