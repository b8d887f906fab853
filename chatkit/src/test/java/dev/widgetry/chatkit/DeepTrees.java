package dev.widgetry.chatkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Catalog trees of any depth, and the same JSON with {@code "type"} last in every object, as some
 * hand-written ChatKit JSON has it: for tests of the work reading costs wherever the tag stands.
 */
public final class DeepTrees {
  private DeepTrees() {}

  /**
   * A card whose children nest {@code depth} Cols, each holding {@code leaves} small components
   * (text, a badge, a row with spacing given per side) besides the next Col.
   */
  public static Card card(int depth, int leaves) {
    WidgetComponent inner = Text.of("the bottom");
    for (int level = depth; level > 0; level--) {
      List<WidgetComponent> children = new ArrayList<>();
      for (int i = 0; i < leaves; i++) {
        children.add(leaf(level, i));
      }
      children.add(inner);
      inner = Col.builder().gap(Dimension.of(level % 4)).children(children).build();
    }
    return Card.of(inner);
  }

  private static WidgetComponent leaf(int level, int i) {
    switch (i % 3) {
      case 0:
        return Text.builder().value("level " + level + ", item " + i).size(TextSize.SM).build();
      case 1:
        return Badge.of("#" + i, Badge.Color.INFO);
      default:
        return Row.builder().padding(Spacing.xy(i % 5, 1)).children(Icon.of(IconName.CHECK), Text.of("ok")).build();
    }
  }

  /** {@code json} with the {@code "type"} of every object moved to its end. */
  public static String typeLast(String json) {
    return typeLast(Json.parse(json)).toString();
  }

  private static JsonNode typeLast(JsonNode node) {
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(item -> items.add(typeLast(item)));
      return Json.MAPPER.createArrayNode().addAll(items);
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode moved = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!property.getKey().equals("type")) {
        moved.set(property.getKey(), typeLast(property.getValue()));
      }
    }
    if (node.has("type")) {
      moved.set("type", typeLast(node.get("type")));
    }
    return moved;
  }
}
