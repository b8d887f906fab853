package dev.widgetry.benchmarks.avaje.model;

import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code CardAction}: the same props, in the same order.
 */
@Json
public record CardAction(
    String label,
    ActionConfig action) {}
