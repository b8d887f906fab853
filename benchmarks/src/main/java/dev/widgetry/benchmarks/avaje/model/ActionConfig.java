package dev.widgetry.benchmarks.avaje.model;

import io.avaje.jsonb.Json;
import java.util.Map;

/**
 * avaje-jsonb's twin of the catalog's {@code ActionConfig}: the same props, in the same order.
 */
@Json
public record ActionConfig(
    String type,
    Map<String, Object> payload,
    dev.widgetry.chatkit.ActionConfig.Handler handler,
    dev.widgetry.chatkit.ActionConfig.LoadingBehavior loadingBehavior,
    Boolean streaming) {}
