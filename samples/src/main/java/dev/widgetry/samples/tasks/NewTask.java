package dev.widgetry.samples.tasks;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import dev.widgetry.samples.constraints.Size;

/**
 * What the "add a task" form sends.
 *
 * @param title what is to be done
 */
@Widget
public record NewTask(@FormField @NotBlank @Size(max = 80) String title) {}
