package dev.widgetry.benchmarks.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The catalog marks {@code WidgetStatus} for deduction, which databind can only do from registered
 * subtypes; this turns it off so that {@link WidgetStatusDeserializer} picks the form instead.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
abstract class WidgetStatusMixIn {}
