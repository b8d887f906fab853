package dev.widgetry.tests.templates;

import dev.widgetry.annotations.WidgetTemplates;

/**
 * The templates the tests compile, found under {@code src/test/resources} with no configuration:
 * one Builder export in the Builder's one-line dialect with the comma trick, one hand-written
 * multi-line template, and one that builds its tree as Jinja dicts in a namespace.
 */
@WidgetTemplates({
  "widgets/flight_options.widget",
  "widgets/task_list.widget",
  "widgets/stats_board.widget",
  "widgets/order_summary.widget",
  "widgets/profile_basic.widget"
})
final class Templates {
  private Templates() {}
}
