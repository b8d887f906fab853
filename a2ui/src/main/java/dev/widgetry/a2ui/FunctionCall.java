package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * A call of one of the basic catalog's 14 functions (or, from A2UI v1.0, of a system function),
 * tagged by {@code "call"}: {@code {"call": "formatString", "args": {...}, "returnType": "string"}}.
 * Build calls with the typed factories of {@code dev.widgetry.a2ui.basic.Functions}, which set
 * {@code returnType}.
 */
@Widget(discriminator = "call")
public sealed interface FunctionCall extends DynamicValue permits StringFunction, NumberFunction, BooleanFunction,
    VoidFunction {}
