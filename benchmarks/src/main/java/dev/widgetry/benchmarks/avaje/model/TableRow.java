package dev.widgetry.benchmarks.avaje.model;

import io.avaje.jsonb.Json;
import java.util.List;

/**
 * avaje-jsonb's twin of the catalog's {@code TableRow}: the same props, in the same order, after the
 * {@code "type"} tag that avaje-jsonb cannot write for these records (see {@code Component}).
 */
@Json
public record TableRow(
    String type,
    List<TableCell> children,
    Boolean header,
    String key,
    String id) {}
