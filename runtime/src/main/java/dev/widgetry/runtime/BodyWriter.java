package dev.widgetry.runtime;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a body that is produced over time, such as the Server-Sent Events of a streamed answer:
 * it writes each part as soon as it exists and flushes, so the client sees it at once.
 */
@FunctionalInterface
public interface BodyWriter {

  /**
   * Writes the whole body to {@code out}, returning when it is complete. An {@code IOException}
   * from {@code out} means the client has gone: the writer stops producing (keeping what it has
   * done) and lets the exception go up.
   */
  void writeTo(OutputStream out) throws IOException;
}
