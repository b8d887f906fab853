package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Editable;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.TextAlign;
import dev.widgetry.chatkit.TextSize;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Text}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Text(
    String type,
    String value,
    TextSize size,
    FontWeight weight,
    Color color,
    TextAlign textAlign,
    Boolean italic,
    Boolean lineThrough,
    Boolean truncate,
    Integer maxLines,
    Integer minLines,
    Dimension width,
    Boolean streaming,
    Editable editable,
    String key,
    String id) implements Component {}
