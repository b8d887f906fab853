package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Border;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Justification;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Wrap;
import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code Row}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Row(
    String type,
    List<Component> children,
    Alignment align,
    Justification justify,
    Wrap wrap,
    Dimension flex,
    Dimension gap,
    Spacing padding,
    Spacing margin,
    Border border,
    Radius radius,
    Color background,
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
