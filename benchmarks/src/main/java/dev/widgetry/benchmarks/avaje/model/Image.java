package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Spacing;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Image}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Image(
    String type,
    String src,
    String alt,
    dev.widgetry.chatkit.Image.Fit fit,
    dev.widgetry.chatkit.Image.Position position,
    Boolean frame,
    Boolean flush,
    Radius radius,
    Spacing margin,
    Dimension width,
    Dimension height,
    Dimension size,
    Dimension minWidth,
    Dimension minHeight,
    Dimension minSize,
    Dimension maxWidth,
    Dimension maxHeight,
    Dimension maxSize,
    Dimension aspectRatio,
    String key,
    String id) implements Component {}
