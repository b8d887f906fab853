package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;

/** Uses the untagged unions. */
@Widget
public record Layout(Length padding, Border border, List<Length> margins) {}
