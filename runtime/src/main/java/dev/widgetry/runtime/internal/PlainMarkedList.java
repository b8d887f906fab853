package dev.widgetry.runtime.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list that may know, from when it was made, that its elements are strings a {@link Utf8Writer}
 * writes as they are ({@link Utf8Writer#needsNoEscaping}): the writer then copies them without
 * looking at their chars ({@link Utf8Writer#plainStrings}). A2UI's flattener knows this of the
 * child ids it makes. A wrong mark writes invalid JSON, so only this library's own lists carry one.
 *
 * <p>A class rather than an interface: every list of strings a codec writes is asked, and asking
 * for a class is a constant-time look at the list's supertypes, where asking for an interface
 * searches them on JDK 17 and remembers one interface per class, which the list's next check (for
 * {@code RandomAccess}) would evict.
 *
 * @param <E> the elements
 */
public abstract class PlainMarkedList<E> extends AbstractList<E> implements RandomAccess {
  private final boolean plainStrings;

  protected PlainMarkedList(boolean plainStrings) {
    this.plainStrings = plainStrings;
  }

  /** Whether every element is a string known to need no escaping. */
  public final boolean plainStrings() {
    return plainStrings;
  }
}
