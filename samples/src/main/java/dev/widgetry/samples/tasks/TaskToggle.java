package dev.widgetry.samples.tasks;

import dev.widgetry.annotations.FormField;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;

/**
 * What a task's checkbox sends when it changes: the task's id from the server, its state from the page.
 *
 * @param id the task's id
 * @param done whether the box is now checked
 */
@Widget
public record TaskToggle(@NotBlank String id, @FormField boolean done) {}
