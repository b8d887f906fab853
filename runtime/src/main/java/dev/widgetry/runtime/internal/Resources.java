package dev.widgetry.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the text resources the processor writes beside each widget: schemas, tool definitions. */
public final class Resources {
  private Resources() {}

  /** Whether a resource lives in {@code owner}'s package. */
  public static boolean exists(Class<?> owner, String name) {
    return owner.getResource(name) != null;
  }

  /** Reads a UTF-8 resource that lives in {@code owner}'s package. */
  public static String read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Resource " + name + " is missing beside " + owner.getName()
                + ": the jar was packaged without the files widgetry-processor wrote");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
