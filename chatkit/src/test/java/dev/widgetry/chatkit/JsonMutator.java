package dev.widgetry.chatkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns real widget JSON into hostile variants, reproducibly from a seed: edits of the tree (a
 * value of the wrong kind, a null, a property removed, added or given twice, {@code "type"} moved
 * last or changed, numbers past every Java type, deep nesting) and then, for some, edits of the
 * bytes (bytes changed, inserted, removed, repeated or cut off, other encodings, byte order marks).
 */
public final class JsonMutator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] TOKENS = {
    "{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "0", "-0", "1.5", "1e2147483648", "0e2147483648",
    "1e-2147483649", "1E+2147483647", "\"type\"", "\"type\":7", "\"type\":\"Text\"", "{}", "[]", "\\", "\\u00e9",
    "\"\\uFEFF\"", " ", "\n", "\u00e9", "\uD83D\uDE00", "\uFEFF",
  };
  private static final byte[] BYTES = {
    0, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3, (byte) 0xED, (byte) 0xEF, (byte) 0xF4, (byte) 0xFE,
    (byte) 0xFF, '{', '}', '[', ']', '"', ':', ',', '\\', 'e', '-', '.', '0', '9',
  };
  private static final String[] NUMBERS = {
    "1e2147483648", "0e2147483648", "1e-2147483649", "1E+2147483647", "-1e2147483648", "1e400", "-0", "0.5", "1e-400",
    "99999999999999999999999", "3.0",
  };
  private static final String[] TAGS = {"Text", "Card", "Box", "Row", "Col", "Button", "ListView", "Txt", "", "type"};
  private static final String[] NAMES = {"type", "children", "value", "label", "padding", "gap", "size", "unknown", ""};

  private final List<JsonNode> seeds;
  private final SplittableRandom random;

  /** Mutants of these seed documents, in an order given by {@code seed}. */
  public JsonMutator(List<JsonNode> seeds, long seed) {
    this.seeds = List.copyOf(seeds);
    this.random = new SplittableRandom(seed);
  }

  /** The next hostile input. */
  public byte[] next() {
    JsonNode tree = seeds.get(random.nextInt(seeds.size())).deepCopy();
    Edits edits = new Edits();
    int treeEdits = random.nextInt(4);
    for (int i = 0; i < treeEdits; i++) {
      tree = editTree(tree, edits);
    }
    byte[] bytes = edits.write(tree, random.nextInt(4) == 0).getBytes(StandardCharsets.UTF_8);
    int byteEdits = treeEdits == 0 ? 1 + random.nextInt(3) : random.nextInt(3) == 0 ? 1 : 0;
    for (int i = 0; i < byteEdits; i++) {
      bytes = editBytes(bytes);
    }
    return bytes;
  }

  // ---------------------------------------------------------------- the tree

  /** Edits one value of the tree, or of an object in it; returns the tree's new root. */
  private JsonNode editTree(JsonNode root, Edits edits) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return hostileValue(edits);
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target.isArray()) {
      ArrayNode array = (ArrayNode) target;
      if (array.isEmpty() || random.nextInt(4) == 0) {
        array.add(hostileValue(edits));
      } else if (random.nextInt(4) == 0) {
        array.remove(random.nextInt(array.size()));
      } else {
        int index = random.nextInt(array.size());
        array.set(index, replacement(array.get(index), edits));
      }
      return root;
    }
    ObjectNode object = (ObjectNode) target;
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    String name = names.isEmpty() ? pick(NAMES) : names.get(random.nextInt(names.size()));
    switch (random.nextInt(8)) {
      case 0:
      case 1:
        object.set(name, replacement(object.get(name), edits));
        break;
      case 2:
        object.putNull(name);
        break;
      case 3:
        object.remove(name);
        break;
      case 4:
        object.set(pick(NAMES), hostileValue(edits));
        break;
      case 5:
        edits.repeated.put(object, name);
        break;
      case 6:
        moveLast(object, "type");
        break;
      default:
        object.set("type", random.nextBoolean() ? NODES.textNode(pick(TAGS)) : hostileValue(edits));
        if (random.nextBoolean()) {
          moveLast(object, "type");
        }
    }
    return root;
  }

  private void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static void moveLast(ObjectNode object, String name) {
    JsonNode value = object.remove(name);
    if (value != null) {
      object.set(name, value);
    }
  }

  /** What replaces {@code value}: for a number, often a number past what Java's types hold. */
  private JsonNode replacement(JsonNode value, Edits edits) {
    if (value != null && value.isNumber() && random.nextBoolean()) {
      return edits.raw(pick(NUMBERS));
    }
    return hostileValue(edits);
  }

  private JsonNode hostileValue(Edits edits) {
    switch (random.nextInt(10)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextInt(3) - 1);
      case 3:
        return NODES.textNode(pick(TAGS));
      case 4:
        return edits.raw(pick(NUMBERS));
      case 5:
        return nested(1 + random.nextInt(140));
      case 6:
        return NODES.arrayNode().add(NODES.objectNode().put("type", pick(TAGS)));
      case 7:
        return NODES.objectNode();
      case 8:
        return NODES.objectNode().put("type", pick(TAGS)).put("value", "x");
      default:
        return NODES.textNode("x".repeat(random.nextInt(3) * 40));
    }
  }

  /** Arrays and objects nested {@code depth} deep: around the parser's depth limit. */
  private JsonNode nested(int depth) {
    JsonNode node = NODES.textNode("deep");
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("children", node);
    }
    return node;
  }

  /** Edits a tree cannot hold, applied as it is written out. */
  private static final class Edits {
    /** Per object, a property to write twice. */
    final Map<ObjectNode, String> repeated = new IdentityHashMap<>();
    /** Per node, the literal text to write for it: numbers no Java type reads. */
    final Map<JsonNode, String> literals = new IdentityHashMap<>();

    /** A node of its own (no cached instance) that is written as {@code literal}. */
    JsonNode raw(String literal) {
      JsonNode node = new TextNode(literal);
      literals.put(node, literal);
      return node;
    }

    /** The tree as JSON text, with every object's {@code "type"} written last when {@code typeLast}. */
    String write(JsonNode node, boolean typeLast) {
      StringBuilder text = new StringBuilder();
      write(node, typeLast, text);
      return text.toString();
    }

    private void write(JsonNode node, boolean typeLast, StringBuilder text) {
      String literal = literals.get(node);
      if (literal != null) {
        text.append(literal);
      } else if (node.isObject()) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        if (typeLast && names.remove("type")) {
          names.add("type");
        }
        String twice = repeated.get(node);
        if (twice != null && names.contains(twice)) {
          names.add(twice);
        }
        text.append('{');
        for (int i = 0; i < names.size(); i++) {
          text.append(i == 0 ? "" : ",").append(NODES.textNode(names.get(i))).append(':');
          write(node.get(names.get(i)), typeLast, text);
        }
        text.append('}');
      } else if (node.isArray()) {
        text.append('[');
        for (int i = 0; i < node.size(); i++) {
          text.append(i == 0 ? "" : ",");
          write(node.get(i), typeLast, text);
        }
        text.append(']');
      } else {
        text.append(node);
      }
    }
  }

  // ---------------------------------------------------------------- the bytes

  private byte[] editBytes(byte[] bytes) {
    int at = random.nextInt(bytes.length + 1);
    switch (random.nextInt(9)) {
      case 0:
        if (bytes.length > 0) {
          bytes[Math.min(at, bytes.length - 1)] = BYTES[random.nextInt(BYTES.length)];
        }
        return bytes;
      case 1:
        return splice(bytes, at, at, pick(TOKENS).getBytes(StandardCharsets.UTF_8));
      case 2:
        return splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(8)), new byte[0]);
      case 3:
        int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
        return splice(bytes, at, at, Arrays.copyOfRange(bytes, at, end));
      case 4:
        return Arrays.copyOf(bytes, at);
      case 5:
        return splice(bytes, 0, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 6:
        return splice(bytes, at, at, new byte[] {BYTES[random.nextInt(BYTES.length)]});
      case 7:
        return reencode(bytes, pick(new String[] {"UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}));
      default:
        return splice(bytes, at, at, new byte[] {0});
    }
  }

  private static byte[] reencode(byte[] bytes, String charset) {
    return new String(bytes, StandardCharsets.UTF_8).getBytes(Charset.forName(charset));
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
    out.write(bytes, 0, from);
    out.writeBytes(insert);
    out.write(bytes, to, bytes.length - to);
    return out.toByteArray();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
