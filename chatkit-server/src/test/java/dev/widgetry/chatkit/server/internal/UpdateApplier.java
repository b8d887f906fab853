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
final class UpdateApplier {
  private static final ObjectMapper JSON = new ObjectMapper();

  private UpdateApplier() {}

  /** The widget's JSON after {@code updates}, with {@code streaming: false} written as absent. */
  static JsonNode apply(WidgetRoot widget, List<ThreadItemUpdate> updates) {
    JsonNode tree = tree(widget);
    for (ThreadItemUpdate update : updates) {
      if (update instanceof ThreadItemUpdate.WidgetRootUpdated root) {
        tree = tree(root.widget());
      } else if (update instanceof ThreadItemUpdate.WidgetComponentUpdated component) {
        tree = replace(tree, component.componentId(), tree(component.component()));
      } else {
        ThreadItemUpdate.WidgetTextDelta delta = (ThreadItemUpdate.WidgetTextDelta) update;
        ObjectNode node = find(tree, delta.componentId());
        if (node == null) {
          throw new AssertionError("A text delta for " + delta.componentId() + ", which the widget does not have");
        }
        node.put("value", node.path("value").asText() + delta.delta());
        node.put("streaming", !delta.done());
      }
    }
    return normalized(tree);
  }

  /** The widget's JSON, {@code streaming: false} written as absent (a client treats both alike). */
  static JsonNode normalized(WidgetRoot widget) {
    return normalized(tree(widget));
  }

  private static JsonNode normalized(JsonNode tree) {
    if (tree instanceof ObjectNode object) {
      if (object.path("streaming").isBoolean() && !object.path("streaming").asBoolean()) {
        object.remove("streaming");
      }
      object.forEach(UpdateApplier::normalized);
    } else if (tree instanceof ArrayNode array) {
      array.forEach(UpdateApplier::normalized);
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
