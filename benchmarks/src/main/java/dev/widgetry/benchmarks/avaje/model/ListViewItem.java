package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Dimension;
import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code ListViewItem}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record ListViewItem(
    String type,
    List<Component> children,
    ActionConfig onClickAction,
    Dimension gap,
    Alignment align,
    String key,
    String id) {}
