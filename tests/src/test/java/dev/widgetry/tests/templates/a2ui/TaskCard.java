package dev.widgetry.tests.templates.a2ui;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetTemplate;

/** The data of the official "Task Card" example: a boolean the check box binds, and strings. */
@Widget
@WidgetTemplate("a2ui-examples/07_task-card.json")
public record TaskCard(
    boolean completed, String title, String description, String dueDate, String project, String priorityIcon) {}
