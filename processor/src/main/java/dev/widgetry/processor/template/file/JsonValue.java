package dev.widgetry.processor.template.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value read from a file, with the offset in the file where it starts, for messages. */
public sealed interface JsonValue {

  /** The offset in the file of the value's first character. */
  int offset();

  /** The value as plain Java: {@code Map}, {@code List}, {@code String}, {@code BigDecimal}, {@code Boolean} or null. */
  Object plain();

  /** An object, its members in file order. */
  record JObject(Map<String, Member> members, int offset) implements JsonValue {
    public JObject {
      members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public JsonValue get(String key) {
      Member member = members.get(key);
      return member == null ? null : member.value();
    }

    @Override
    public Object plain() {
      Map<String, Object> plain = new LinkedHashMap<>();
      members.forEach((key, member) -> plain.put(key, member.value().plain()));
      return plain;
    }
  }

  /** A member of an object; {@code keyOffset} is where its name starts. */
  record Member(String key, int keyOffset, JsonValue value) {}

  record JArray(List<JsonValue> items, int offset) implements JsonValue {
    public JArray {
      items = List.copyOf(items);
    }

    @Override
    public Object plain() {
      List<Object> plain = new ArrayList<>();
      items.forEach(item -> plain.add(item.plain()));
      return plain;
    }
  }

  /**
   * A string. {@code sourceOffsets[i]} is the file offset of the escape or character that gave
   * character {@code i} of the value, and its last entry that of the closing quote: how a place in
   * a template (a string inside the file) is traced back to the file.
   */
  record JString(String value, int offset, int[] sourceOffsets) implements JsonValue {
    public int sourceOffset(int index) {
      return sourceOffsets[Math.min(Math.max(index, 0), sourceOffsets.length - 1)];
    }

    @Override
    public Object plain() {
      return value;
    }
  }

  /** A number, as written. */
  record JNumber(String text, int offset) implements JsonValue {
    public BigDecimal decimal() {
      return new BigDecimal(text);
    }

    /** Whether it is written without a fraction or exponent, as Python's json reads an int. */
    public boolean integral() {
      return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    @Override
    public Object plain() {
      return decimal();
    }
  }

  record JBoolean(boolean value, int offset) implements JsonValue {
    @Override
    public Object plain() {
      return value;
    }
  }

  record JNull(int offset) implements JsonValue {
    @Override
    public Object plain() {
      return null;
    }
  }
}
