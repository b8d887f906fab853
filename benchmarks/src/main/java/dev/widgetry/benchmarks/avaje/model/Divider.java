package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.Dimension;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Divider}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Divider(
    String type,
    Color color,
    Dimension size,
    Dimension spacing,
    Boolean flush,
    String key,
    String id) implements Component {}
