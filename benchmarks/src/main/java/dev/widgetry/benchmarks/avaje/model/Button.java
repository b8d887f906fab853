package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.IconName;
import io.avaje.jsonb.Json;

/**
 * avaje-jsonb's twin of the catalog's {@code Button}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record Button(
    String type,
    String label,
    ActionConfig onClickAction,
    Boolean submit,
    dev.widgetry.chatkit.Button.Style style,
    dev.widgetry.chatkit.Button.Color color,
    ControlVariant variant,
    ControlSize size,
    IconName iconStart,
    IconName iconEnd,
    dev.widgetry.chatkit.Button.IconSize iconSize,
    Boolean pill,
    Boolean uniform,
    Boolean block,
    Boolean disabled,
    String key,
    String id) implements Component {}
