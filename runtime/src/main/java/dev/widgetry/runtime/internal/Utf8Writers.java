package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.GeneratedCodec;

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
    Utf8Writer writer = CACHED.get();
    if (writer == null) {
      writer = new Utf8Writer(INITIAL_CAPACITY);
    } else {
      // Taken off the thread while in use, so a nested write (from a toString, say) gets its own.
      CACHED.set(null);
    }
    writer.reset(explicitNulls);
    codec.write(writer, value);
    if (writer.capacity() <= KEEP_LIMIT) {
      CACHED.set(writer);
    }
    return writer;
  }
}
