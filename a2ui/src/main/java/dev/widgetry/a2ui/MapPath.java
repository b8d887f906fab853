package dev.widgetry.a2ui;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The path of a map ({@code Map<String, V>}, a JSON object with keys of its own) in a data model,
 * and of its values.
 *
 * @param <P> the path of a value
 * @param <T> a value's Java type
 */
public final class MapPath<P extends DataPath, T> implements DataPath {
  private final String pointer;
  private final Function<String, P> values;
  private final ValueWriter<Map<String, T>> writer;

  /**
   * @param pointer the map's pointer
   * @param values the path of a value, given its pointer
   * @param writer the generated serializer of the whole map
   */
  public MapPath(String pointer, Function<String, P> values, ValueWriter<Map<String, T>> writer) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.values = Objects.requireNonNull(values, "values");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public String pointer() {
    return pointer;
  }

  /**
   * The value under {@code key}, escaped as RFC 6901 says.
   *
   * @throws IllegalArgumentException for a key renderers cannot address: empty, {@code __proto__},
   *     {@code constructor}, {@code prototype}
   */
  public P key(String key) {
    return values.apply(Pointers.child(pointer, Pointers.keySegment(key)));
  }

  /** The generated serializer of the map. */
  public ValueWriter<Map<String, T>> writer() {
    return writer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MapPath && ((MapPath<?, ?>) other).pointer.equals(pointer);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode();
  }

  @Override
  public String toString() {
    return "MapPath(" + pointer + ")";
  }
}
