package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.IconName;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code WidgetStatus}: one record with the props of both of its
 * forms, which write the same bytes as either form since absent props are left out.
 */
@Json
public record WidgetStatus(
    String text,
    String favicon,
    Boolean frame,
    IconName icon) {}
