package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The narrow seam generated serializers write through. Two implementations stand behind it: one
 * writes UTF-8 bytes straight into a buffer (the fast path behind {@code Widgets.toJsonBytes}), the
 * other drives a Jackson {@code JsonGenerator} (for writing into a caller's own Jackson output).
 * Both produce the same bytes for the same calls. Anyone may write a third, for another JSON
 * library, and hand it to {@link dev.widgetry.runtime.WidgetCodec#write(WidgetWriter, Object)}.
 *
 * <p>Methods throw only unchecked exceptions; an {@code IOException} from an underlying stream
 * arrives wrapped in {@link java.io.UncheckedIOException}.
 */
public interface WidgetWriter {

  void beginObject();

  /**
   * Opens an object with its {@code "type"} first, as every member of a tagged union begins: the
   * same as {@code beginObject(); name("type"); value(tag)}, in one call a writer can make one copy.
   */
  default void beginTagged(EncodedString tag) {
    beginTagged(EncodedString.TYPE, tag);
  }

  /**
   * Opens an object with its tag first, in the union's own discriminator property ({@code
   * "component"}, {@code "call"}): the same as {@code beginObject(); name(discriminator);
   * value(tag)}.
   */
  default void beginTagged(EncodedString discriminator, EncodedString tag) {
    beginObject();
    name(discriminator);
    value(tag);
  }

  void endObject();

  void beginArray();

  void endArray();

  /** Writes a property name that was encoded once, up front. */
  void name(EncodedString name);

  /** Writes a property name known only at run time: a map key. */
  void name(String name);

  /** Writes a string value that was encoded once, up front: an enum constant or a type tag. */
  void value(EncodedString value);

  void value(String value);

  /**
   * Writes a property whose name and value were both encoded up front, an enum constant's: the same
   * as {@code name(name); value(value)}, in one call a writer can make with one capacity check.
   */
  default void member(EncodedString name, EncodedString value) {
    name(name);
    value(value);
  }

  /**
   * Writes {@code strings} as a JSON array, each string known to need no escaping (a list marked so
   * when it was made, {@link dev.widgetry.runtime.internal.PlainMarkedList}): a UTF-8 writer copies
   * them without looking at their chars. By default one {@link #value(String)} each.
   */
  default void plainStrings(List<String> strings) {
    beginArray();
    for (int i = 0, n = strings.size(); i < n; i++) {
      value(strings.get(i));
    }
    endArray();
  }

  void value(boolean value);

  void value(int value);

  void value(long value);

  /**
   * Writes a finite double. A value with no fractional part is written without one ({@code 4},
   * not {@code 4.0}), as JavaScript writes it. NaN and infinities have no JSON form and are
   * rejected. By default through {@link #value(long)} and {@link #numberText}, so a writer of
   * another JSON library follows the same rules by implementing only those.
   */
  default void value(double value) {
    if (Numbers.isSmallIntegral(value)) {
      value((long) value);
    } else {
      numberText(Numbers.finiteText(value));
    }
  }

  /** Writes a finite float, with the same rules as {@link #value(double)}. */
  default void value(float value) {
    if (Numbers.isSmallIntegral(value)) {
      value((long) value);
    } else {
      numberText(Numbers.finiteText(value));
    }
  }

  void value(BigInteger value);

  void value(BigDecimal value);

  /** Writes a number exactly as given; the text must already be a valid JSON number. */
  void numberText(String text);

  /**
   * Writes JSON {@code null}: inside {@code JsonNode} trees, and for absent properties when
   * {@link #explicitNulls()}.
   */
  void nullValue();

  /**
   * Whether absent optional properties are written as {@code null} rather than left out, and maps
   * as the lists of their entries ({@code [{"key": ..., "value": ...}]}) rather than as objects: the
   * form a strict schema describes. False unless asked for.
   */
  default boolean explicitNulls() {
    return false;
  }

  /**
   * The version of the wire format written ({@code "v0.9"}), for props that exist from some version
   * on: a generated writer refuses such a prop rather than write it in an older version. Null, the
   * default, when the writer writes no particular version, and every prop is written.
   */
  default String wireVersion() {
    return null;
  }

  /** Copies a JSON tree through unchanged. */
  default void value(JsonNode tree) {
    JsonTrees.write(this, tree);
  }
}
