package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.IconName;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code WidgetStatus}: the same props, in the same order.
 */
@Json
public record WidgetStatus(
    String text,
    String favicon,
    Boolean frame,
    IconName icon) {}
