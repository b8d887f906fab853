package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Border;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Theme;
import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code Card}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Card(
    String type,
    List<Component> children,
    dev.widgetry.chatkit.Card.Size size,
    Spacing padding,
    Color background,
    Border border,
    Theme theme,
    WidgetStatus status,
    Boolean asForm,
    Boolean collapsed,
    CardAction confirm,
    CardAction cancel,
    String key,
    String id) implements Root {}
