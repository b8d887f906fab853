package dev.widgetry.a2ui;

import java.util.Objects;

/**
 * The paths of a {@code @Widget} record's properties in a data model, the base of the
 * {@code <Record>Paths} classes Widgetry generates: {@code OrderPaths.root().customer().name()} is
 * the binding {@code {"path": "/customer/name"}}, a {@link StringPath} because {@code name} is a
 * string. A renamed or retyped component breaks the build where its binding is used.
 *
 * @param <T> the record
 */
public abstract class RecordPath<T> implements DataPath {
  private final String pointer;

  /** @param pointer {@code "/"} for the data model's root, an absolute pointer, or a relative one */
  protected RecordPath(String pointer) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  @Override
  public final String pointer() {
    return pointer;
  }

  /** The generated serializer of the record, for {@code UpdateDataModel.at(surfaceId, this, value)}. */
  public abstract ValueWriter<T> writer();

  /** The pointer of a property, given its JSON name escaped as a pointer segment. */
  protected final String child(String escapedSegment) {
    return Pointers.child(pointer, escapedSegment);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((RecordPath<?>) other).pointer.equals(pointer);
  }

  @Override
  public final int hashCode() {
    return pointer.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + pointer + ")";
  }
}
