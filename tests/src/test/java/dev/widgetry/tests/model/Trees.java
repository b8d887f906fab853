package dev.widgetry.tests.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Map;

/** Any JSON, copied through. */
@Widget
public record Trees(JsonNode data, List<JsonNode> items, Map<String, JsonNode> byName) {}
