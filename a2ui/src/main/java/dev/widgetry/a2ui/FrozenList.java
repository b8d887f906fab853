package dev.widgetry.a2ui;

import dev.widgetry.runtime.internal.PlainMarkedList;
import dev.widgetry.runtime.internal.Utf8Writer;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An unmodifiable list over the first {@code size} elements of an array that nothing else writes
 * to afterwards: how the flattener hands out the ids of a slot's children and the surface's
 * components without the copy {@code List.of} and {@code List.copyOf} make of their argument.
 * {@link ChildList.Ids} and {@link UpdateComponents} keep such a list as it is; any other list
 * they are given is still copied. Only this package makes one, from an array it made and let go of.
 * It answers as the lists of {@code List.of} do: a question about null throws, and it serializes as
 * one of them. A slot's child ids may be known to need no escaping ({@link #plain(String[])}), and
 * the writer copies them without looking at their chars; so may the ids of a surface's components
 * ({@link #plainIds(List)}), which the writer then copies likewise.
 *
 * @param <E> the elements, none of them null
 */
final class FrozenList<E> extends PlainMarkedList<E> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final E[] elements;
  private final int size;
  /**
   * Whether the elements are components that each keep the very id the flattener handed out: none
   * null, and each one needing no escaping.
   */
  private final boolean plainIds;

  private FrozenList(E[] elements, int size, boolean plainStrings, boolean plainIds) {
    super(plainStrings);
    this.elements = elements;
    this.size = size;
    this.plainIds = plainIds;
  }

  /** The first {@code size} elements of {@code elements}, which the caller no longer writes to. */
  static <E> List<E> of(E[] elements, int size) {
    return over(elements, size, false);
  }

  /**
   * The first {@code size} of {@code components}, which the caller no longer writes to, as {@link
   * #of} has them; {@code plainIds} says whether each one's id is known to be the id the flattener
   * handed out, so not null and needing no escaping in JSON ({@link Utf8Writer#needsNoEscaping}).
   */
  static List<A2uiComponent> components(A2uiComponent[] components, int size, boolean plainIds) {
    return over(components, size, plainIds);
  }

  /** {@link #of} and {@link #components} alike: the list over the first {@code size}, marked or not. */
  private static <E> List<E> over(E[] elements, int size, boolean plainIds) {
    Objects.checkFromToIndex(0, size, elements.length);
    return new FrozenList<>(elements, size, false, plainIds);
  }

  /**
   * Whether {@code components} is such a list of components whose ids are all the flattener's: not
   * null ({@link UpdateComponents} asks no one again) and needing no escaping (the writer copies them).
   */
  static boolean plainIds(List<A2uiComponent> components) {
    return components instanceof FrozenList && ((FrozenList<A2uiComponent>) components).plainIds;
  }

  /**
   * {@code strings}, which the caller no longer writes to, each known to need no escaping in JSON
   * ({@link Utf8Writer#needsNoEscaping}): the writer copies them as they are.
   */
  static List<String> plain(String[] strings) {
    return new FrozenList<>(strings, strings.length, true, false);
  }

  /** {@code list} as it is when it is one of these, else its copy by {@code List.copyOf}. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof FrozenList ? list : List.copyOf(list);
  }

  @Override
  public E get(int index) {
    Objects.checkIndex(index, size);
    return elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public int indexOf(Object o) {
    return super.indexOf(Objects.requireNonNull(o));
  }

  @Override
  public int lastIndexOf(Object o) {
    return super.lastIndexOf(Objects.requireNonNull(o));
  }

  /** Serialized as the list {@code List.copyOf} makes, which reads back as one. */
  private Object writeReplace() {
    return List.copyOf(this);
  }

  /**
   * Refuses a stream that holds one of these itself, which {@link #writeReplace} never writes: its
   * marks could be forged, and the writer would copy strings that need escaping as they are. (Such a
   * stream is refused before this today, as {@code PlainMarkedList} has no constructor without
   * arguments; this keeps refusing it should one come.)
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a FrozenList is serialized as the list List.copyOf makes");
  }
}
