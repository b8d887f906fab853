package dev.widgetry.a2ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The path of a list in a data model, and of its items: {@link #item(int)} for one of them,
 * {@link #each()} for the current item inside a template that repeats a component per item.
 *
 * @param <P> the path of an item
 * @param <T> an item's Java type
 */
public final class ListPath<P extends DataPath, T> implements DataPath {
  private final String pointer;
  private final Function<String, P> items;
  private final ValueWriter<List<T>> writer;

  /**
   * @param pointer the list's pointer
   * @param items the path of an item, given its pointer
   * @param writer the generated serializer of the whole list
   */
  public ListPath(String pointer, Function<String, P> items, ValueWriter<List<T>> writer) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.items = Objects.requireNonNull(items, "items");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public String pointer() {
    return pointer;
  }

  /** The item at {@code index}: {@code /items/3}. */
  public P item(int index) {
    return items.apply(Pointers.item(pointer, index));
  }

  /**
   * The current item inside a template over this list ({@code ChildList.template}): its paths are
   * relative ({@code sku}, not {@code /items/3/sku}), as the renderer resolves them per item.
   */
  public P each() {
    return items.apply("");
  }

  /** The generated serializer of the list. */
  public ValueWriter<List<T>> writer() {
    return writer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListPath && ((ListPath<?, ?>) other).pointer.equals(pointer);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode();
  }

  @Override
  public String toString() {
    return "ListPath(" + pointer + ")";
  }
}
