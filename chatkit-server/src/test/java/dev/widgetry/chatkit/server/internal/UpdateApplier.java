package dev.widgetry.chatkit.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.runtime.Widgets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Applies widget updates to a widget's JSON the way a ChatKit client does: a root update replaces
 * the widget, a component update replaces the node with that {@code id}, a text delta appends to the
 * value of the node with that {@code id} and sets its {@code streaming} to {@code !done}. Written
 * from the update types' definitions, independently of {@link WidgetDiff}, to check what it sends.
 */
public final class UpdateApplier {
  private static final ObjectMapper JSON = new ObjectMapper();

  private UpdateApplier() {}

  /** The widget's JSON after {@code updates}, with {@code streaming: false} written as absent. */
  static JsonNode apply(WidgetRoot widget, List<ThreadItemUpdate> updates) {
    JsonNode tree = tree(widget);
    for (ThreadItemUpdate update : updates) {
      tree = apply(tree, tree(update));
    }
    return normalized(tree);
  }

  /** The widget's JSON after one update (the JSON of a {@code thread.item.updated}'s {@code update}). */
  public static JsonNode apply(JsonNode widget, JsonNode update) {
    JsonNode tree = widget.deepCopy();
    switch (update.path("type").asText()) {
      case "widget.root.updated":
        return update.path("widget").deepCopy();
      case "widget.component.updated":
        return replace(tree, update.path("component_id").asText(), update.path("component").deepCopy());
      case "widget.streaming_text.value_delta":
        ObjectNode node = find(tree, update.path("component_id").asText());
        if (node == null) {
          throw new AssertionError("A text delta for " + update.path("component_id") + ", which the widget does not have");
        }
        node.put("value", node.path("value").asText() + update.path("delta").asText());
        node.put("streaming", !update.path("done").asBoolean());
        return tree;
      default:
        throw new AssertionError("Not a widget update: " + update);
    }
  }

  /** The widget's JSON, {@code streaming: false} written as absent (a client treats both alike). */
  public static JsonNode normalized(WidgetRoot widget) {
    return normalized(tree(widget));
  }

  /** A copy of the JSON with {@code streaming: false} written as absent. */
  public static JsonNode normalized(JsonNode tree) {
    return normalizedInPlace(tree.deepCopy());
  }

  private static JsonNode normalizedInPlace(JsonNode tree) {
    if (tree instanceof ObjectNode object) {
      if (object.path("streaming").isBoolean() && !object.path("streaming").asBoolean()) {
        object.remove("streaming");
      }
      object.forEach(UpdateApplier::normalizedInPlace);
    } else if (tree instanceof ArrayNode array) {
      array.forEach(UpdateApplier::normalizedInPlace);
    }
    return tree;
  }

  private static JsonNode replace(JsonNode tree, String id, JsonNode replacement) {
    if (tree.path("id").asText("").equals(id)) {
      return replacement;
    }
    if (tree instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> object.set(name, replace(object.get(name), id, replacement)));
    } else if (tree instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, replace(array.get(i), id, replacement));
      }
    }
    return tree;
  }

  private static ObjectNode find(JsonNode tree, String id) {
    if (tree instanceof ObjectNode object && object.path("id").asText("").equals(id)) {
      return object;
    }
    for (JsonNode child : tree) {
      ObjectNode found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode tree(Object widget) {
    try {
      return JSON.readTree(Widgets.toJson(widget));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
