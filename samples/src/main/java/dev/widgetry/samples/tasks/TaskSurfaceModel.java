package dev.widgetry.samples.tasks;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotNull;

/**
 * The task surface's data model: the list the ChatKit card shows, and the task being typed into
 * the surface's form, which the renderer keeps in its data model until Add sends it.
 *
 * @param list the task list
 * @param draft what the "add a task" field holds
 */
@Widget
public record TaskSurfaceModel(@NotNull TaskList list, @NotNull NewTask draft) {}
