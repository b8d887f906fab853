package dev.widgetry.benchmarks.avaje.model;

import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Spacing;
import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code TableCell}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record TableCell(
    String type,
    List<Component> children,
    dev.widgetry.chatkit.TableCell.Align align,
    dev.widgetry.chatkit.TableCell.Align vAlign,
    dev.widgetry.chatkit.TableCell.ColSize colSize,
    Dimension width,
    Integer colSpan,
    Integer rowSpan,
    Spacing.Edges padding,
    String key,
    String id) {}
