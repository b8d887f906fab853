package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;

/**
 * A label.
 *
 * @param label the text shown
 * @param weight how much it counts
 */
@Widget
public record Tag(String label, int weight) {}
