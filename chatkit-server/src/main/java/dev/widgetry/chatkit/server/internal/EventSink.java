package dev.widgetry.chatkit.server.internal;

import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.chatkit.server.types.ThreadStreamEventWidgetCodec;
import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes thread events to a client as Server-Sent Events, one {@code data: <json>\n\n} frame each,
 * flushed at once so the client sees it as it happens. Each frame is written whole into the
 * thread's reusable writer first, so a frame costs one write to the stream.
 */
public final class EventSink {
  private static final byte[] DATA = {'d', 'a', 't', 'a', ':', ' '};
  private static final byte[] END = {'\n', '\n'};

  private final OutputStream out;

  public EventSink(OutputStream out) {
    this.out = out;
  }

  /**
   * Sends one event.
   *
   * @throws IOException when the client has gone
   */
  public synchronized void send(ThreadStreamEvent event) throws IOException {
    Utf8Writer frame = Utf8Writers.write(EventSink::frame, event, false);
    try {
      frame.writeTo(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /** The frame of one event, written into {@code writer}: the thread's UTF-8 writer, which takes raw bytes. */
  private static void frame(WidgetWriter writer, ThreadStreamEvent event) {
    Utf8Writer utf8 = (Utf8Writer) writer;
    utf8.raw(DATA);
    ThreadStreamEventWidgetCodec.INSTANCE.write(utf8, event);
    utf8.raw(END);
  }
}
