package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.runtime.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a Jackson tree from generated writer calls: how a generated action factory turns a typed
 * payload into the {@code JsonNode} an {@code ActionConfig} carries.
 */
public final class TreeWriter implements WidgetWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Deque<JsonNode> open = new ArrayDeque<>();
  private String pendingName;
  private JsonNode root;

  /** The tree of a value, written by its codec. */
  public static <T> JsonNode tree(GeneratedCodec<T> codec, T value) {
    TreeWriter out = new TreeWriter();
    codec.write(out, value);
    return out.root();
  }

  /** The finished tree. */
  public JsonNode root() {
    if (root == null || !open.isEmpty()) {
      throw new IllegalStateException("The tree is not complete");
    }
    return root;
  }

  @Override
  public void beginObject() {
    ObjectNode object = NODES.objectNode();
    add(object);
    open.push(object);
  }

  @Override
  public void endObject() {
    open.pop();
  }

  @Override
  public void beginArray() {
    ArrayNode array = NODES.arrayNode();
    add(array);
    open.push(array);
  }

  @Override
  public void endArray() {
    open.pop();
  }

  @Override
  public void name(EncodedString name) {
    pendingName = name.value();
  }

  @Override
  public void name(String name) {
    pendingName = name;
  }

  @Override
  public void value(EncodedString value) {
    add(NODES.textNode(value.value()));
  }

  @Override
  public void value(String value) {
    add(NODES.textNode(value));
  }

  @Override
  public void value(boolean value) {
    add(NODES.booleanNode(value));
  }

  @Override
  public void value(int value) {
    add(NODES.numberNode(value));
  }

  @Override
  public void value(long value) {
    add(NODES.numberNode(value));
  }

  /** Whole doubles become integer nodes, so the tree prints as the other writers print them. */
  @Override
  public void value(double value) {
    add(Numbers.isSmallIntegral(value) ? NODES.numberNode((long) value) : NODES.numberNode(value));
  }

  @Override
  public void value(float value) {
    add(Numbers.isSmallIntegral(value) ? NODES.numberNode((long) value) : NODES.numberNode(value));
  }

  @Override
  public void value(BigInteger value) {
    add(NODES.numberNode(value));
  }

  @Override
  public void value(BigDecimal value) {
    add(NODES.numberNode(value));
  }

  @Override
  public void numberText(String text) {
    add(NODES.numberNode(new BigDecimal(text)));
  }

  @Override
  public void nullValue() {
    add(NODES.nullNode());
  }

  @Override
  public void value(JsonNode tree) {
    add(tree.deepCopy());
  }

  private void add(JsonNode node) {
    JsonNode parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (parent.isObject()) {
      ((ObjectNode) parent).set(pendingName, node);
    } else {
      ((ArrayNode) parent).add(node);
    }
  }
}
