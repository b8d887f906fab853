package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One reusable {@link Utf8Writer} per thread, so writing a widget allocates only its result. A
 * writer that grew past {@link #KEEP_LIMIT} is dropped after use rather than pinned to the thread.
 */
public final class Utf8Writers {
  private static final int INITIAL_CAPACITY = 1024;
  private static final int KEEP_LIMIT = 1 << 20;
  private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(Slot::new);

  private Utf8Writers() {}

  /**
   * Writes a value with {@code codec} (a generated codec's {@code write}) into this thread's writer
   * and returns the writer; the caller copies the bytes out before the thread writes again.
   *
   * @param explicitNulls whether absent properties are written as {@code null}
   */
  public static <T> Utf8Writer write(BiConsumer<WidgetWriter, T> codec, T value, boolean explicitNulls) {
    Slot slot = SLOT.get();
    Utf8Writer writer = slot.borrow(explicitNulls);
    try {
      codec.accept(writer, value);
    } finally {
      slot.giveBack(writer);
    }
    return writer;
  }

  /** Writes one document with this thread's writer and returns a copy of its bytes. */
  public static byte[] toBytes(Consumer<Utf8Writer> document) {
    return document(document, Utf8Writer::toByteArray);
  }

  /** Writes one document with this thread's writer and returns it as a string: one copy of its bytes. */
  public static String toUtf8String(Consumer<Utf8Writer> document) {
    return document(document, Utf8Writer::toUtf8String);
  }

  /** Writes one document with this thread's writer and takes {@code result} of it before giving the writer back. */
  private static <R> R document(Consumer<Utf8Writer> document, Function<Utf8Writer, R> result) {
    Slot slot = SLOT.get();
    Utf8Writer writer = slot.borrow(false);
    try {
      document.accept(writer);
      return result.apply(writer);
    } finally {
      slot.giveBack(writer);
    }
  }

  /**
   * A thread's writer and whether it is lent out. A flag rather than taking the writer off the
   * thread: one {@code ThreadLocal} lookup per document instead of a lookup and two stores.
   */
  private static final class Slot {
    private Utf8Writer writer = new Utf8Writer(INITIAL_CAPACITY);
    private boolean lent;

    /** The thread's writer, emptied; a fresh one for a nested write (from a {@code toString}, say). */
    Utf8Writer borrow(boolean explicitNulls) {
      Utf8Writer lending = lent ? new Utf8Writer(INITIAL_CAPACITY) : writer;
      lent = true;
      lending.reset(explicitNulls);
      return lending;
    }

    void giveBack(Utf8Writer returned) {
      if (returned != writer) {
        return;
      }
      lent = false;
      if (returned.capacity() > KEEP_LIMIT) {
        writer = new Utf8Writer(INITIAL_CAPACITY);
      }
    }
  }
}
