package dev.widgetry.tests.a2ui;

import dev.widgetry.annotations.Widget;
import dev.widgetry.tests.constraints.NotBlank;

/**
 * Who ordered.
 *
 * @param name the customer's name
 * @param email where to write
 */
@Widget
public record Customer(@NotBlank String name, String email) {}
