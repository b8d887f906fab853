package dev.widgetry.benchmarks.avaje.model;

import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Badge}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Badge(
    String type,
    String label,
    dev.widgetry.chatkit.Badge.Color color,
    dev.widgetry.chatkit.Badge.Variant variant,
    dev.widgetry.chatkit.Badge.Size size,
    Boolean pill,
    String key,
    String id) implements Component {}
