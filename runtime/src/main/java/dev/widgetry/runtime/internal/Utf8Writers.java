package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.GeneratedCodec;
import java.util.function.Consumer;

/**
 * One reusable {@link Utf8Writer} per thread, so writing a widget allocates only its result. A
 * writer that grew past {@link #KEEP_LIMIT} is dropped after use rather than pinned to the thread.
 */
public final class Utf8Writers {
  private static final int INITIAL_CAPACITY = 1024;
  private static final int KEEP_LIMIT = 1 << 20;
  private static final ThreadLocal<Utf8Writer> CACHED = new ThreadLocal<>();

  private Utf8Writers() {}

  /**
   * Writes a value into this thread's writer and returns it; the caller copies the bytes out
   * before the thread writes again.
   */
  public static <T> Utf8Writer write(GeneratedCodec<T> codec, T value) {
    return write(codec, value, false);
  }

  /** Like {@link #write}, writing {@code null} for absent properties. */
  public static <T> Utf8Writer writeWithNulls(GeneratedCodec<T> codec, T value) {
    return write(codec, value, true);
  }

  private static <T> Utf8Writer write(GeneratedCodec<T> codec, T value, boolean explicitNulls) {
    Utf8Writer writer = borrow(explicitNulls);
    codec.write(writer, value);
    giveBack(writer);
    return writer;
  }

  /**
   * This thread's writer, emptied, for one document; {@link #giveBack} it once the bytes are copied
   * out. While it is borrowed, a nested borrow on the thread (from a {@code toString}, say) gets a
   * writer of its own.
   */
  private static Utf8Writer borrow(boolean explicitNulls) {
    Utf8Writer writer = CACHED.get();
    if (writer == null) {
      writer = new Utf8Writer(INITIAL_CAPACITY);
    } else {
      CACHED.set(null);
    }
    writer.reset(explicitNulls);
    return writer;
  }

  /** Writes one document with this thread's writer and returns a copy of its bytes. */
  public static byte[] toBytes(Consumer<Utf8Writer> document) {
    Utf8Writer writer = borrow(false);
    try {
      document.accept(writer);
      return writer.toByteArray();
    } finally {
      giveBack(writer);
    }
  }

  /** Keeps {@code writer} for this thread's next document, unless it grew too large to pin. */
  private static void giveBack(Utf8Writer writer) {
    if (writer.capacity() <= KEEP_LIMIT) {
      CACHED.set(writer);
    }
  }
}
