package dev.widgetry.benchmarks.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The server's widget diff as a Java team writes it today over Jackson trees: each state turned
 * into a {@code JsonNode} with {@code valueToTree}, the trees compared with {@code equals}, and the
 * updates built as {@code ObjectNode}s: a text delta for a Text or Markdown with an id whose value
 * only grew, a component update for the innermost component with an id around any other change,
 * a root update otherwise. It gives the same updates as Widgetry's {@code WidgetDiff}.
 */
public final class JacksonTreeDiff {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> ROOTS = Set.of("Card", "ListView", "Basic");
  private static final Set<String> TEXTS = Set.of("Text", "Markdown");

  private JacksonTreeDiff() {}

  /** The updates from {@code before} to {@code after}, as JSON objects. */
  public static List<ObjectNode> updates(JsonNode before, JsonNode after) {
    List<ObjectNode> updates = new ArrayList<>();
    if (before.equals(after)) {
      return updates;
    }
    if (!type(before).equals(type(after)) || !withoutChildren(before).equals(withoutChildren(after))
        || !children(before.get("children"), after.get("children"), updates)) {
      updates.clear();
      updates.add(NODES.objectNode().put("type", "widget.root.updated").set("widget", after));
    }
    return updates;
  }

  private static boolean node(JsonNode before, JsonNode after, List<ObjectNode> updates) {
    if (before.equals(after)) {
      return true;
    }
    if (!type(before).equals(type(after))) {
      return false;
    }
    if (TEXTS.contains(type(before)) && textDelta(before, after, updates)) {
      return true;
    }
    if (after.has("children") && withoutChildren(before).equals(withoutChildren(after))) {
      int mark = updates.size();
      if (children(before.get("children"), after.get("children"), updates)) {
        return true;
      }
      updates.subList(mark, updates.size()).clear();
    }
    return replaced(before, after, updates);
  }

  private static boolean children(JsonNode before, JsonNode after, List<ObjectNode> updates) {
    if (before == null || after == null) {
      return before == after;
    }
    if (before.isObject() && after.isObject()) {
      return node(before, after, updates);
    }
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (!node(before.get(i), after.get(i), updates)) {
        return false;
      }
    }
    return true;
  }

  private static boolean textDelta(JsonNode before, JsonNode after, List<ObjectNode> updates) {
    String id = after.path("id").asText(null);
    if (id == null || !id.equals(before.path("id").asText(null))) {
      return false;
    }
    ObjectNode rest = ((ObjectNode) before).deepCopy();
    rest.set("value", after.get("value"));
    rest.remove("streaming");
    ObjectNode afterRest = ((ObjectNode) after).deepCopy();
    afterRest.remove("streaming");
    String was = before.path("value").asText();
    String now = after.path("value").asText();
    boolean done = !after.path("streaming").asBoolean(false);
    if (!rest.equals(afterRest) || !now.startsWith(was) || (now.length() == was.length() && !done)) {
      return false;
    }
    updates.add(NODES.objectNode().put("type", "widget.streaming_text.value_delta").put("component_id", id)
        .put("delta", now.substring(was.length())).put("done", done));
    return true;
  }

  private static boolean replaced(JsonNode before, JsonNode after, List<ObjectNode> updates) {
    String id = after.path("id").asText(null);
    String type = type(after);
    if (id == null || !id.equals(before.path("id").asText(null)) || ROOTS.contains(type) || type.equals("ListViewItem")) {
      return false;
    }
    updates.add(NODES.objectNode().put("type", "widget.component.updated").put("component_id", id)
        .set("component", after));
    return true;
  }

  private static JsonNode withoutChildren(JsonNode node) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove("children");
    return copy;
  }

  private static String type(JsonNode node) {
    return node.path("type").asText();
  }
}
