package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.TextAlign;
import dev.widgetry.chatkit.TitleSize;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Title}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Title(
    String type,
    String value,
    TitleSize size,
    FontWeight weight,
    Color color,
    TextAlign textAlign,
    Boolean truncate,
    Integer maxLines,
    String key,
    String id) implements Component {}
