package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/** A function run for its effect, which returns nothing: openUrl. */
@Widget
public sealed interface VoidFunction extends FunctionCall permits OpenUrlCall {}
