package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Limit;
import dev.widgetry.chatkit.Theme;
import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code ListView}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record ListView(
    String type,
    List<ListViewItem> children,
    Limit limit,
    Theme theme,
    WidgetStatus status,
    String key,
    String id) implements Root {}
