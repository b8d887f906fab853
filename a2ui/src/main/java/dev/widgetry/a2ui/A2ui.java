package dev.widgetry.a2ui;

import dev.widgetry.a2ui.internal.MessageWriter;
import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The front door to A2UI v0.9: server messages to JSON in the forms transports carry, and (see
 * {@link #parseMessages}) back.
 *
 * <pre>{@code
 * String json = A2ui.toJsonArray(surface.messages());
 * }</pre>
 */
public final class A2ui {
  private static final MessageWriter WRITER = new MessageWriter(A2uiVersion.V0_9);
  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] OPERATIONS_OPEN = "{\"a2ui_operations\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OBJECT_CLOSE = {'}'};

  private A2ui() {}

  /** One message: {@code {"version":"v0.9","createSurface":{...}}}. */
  public static String toJson(ServerMessage message) {
    Objects.requireNonNull(message, "message");
    return Utf8Writers.write(WRITER::write, message, false).toUtf8String();
  }

  /** The messages as a JSON array, in order; {@code []} for none. */
  public static String toJsonArray(List<? extends ServerMessage> messages) {
    return Utf8Writers.write(A2ui::array, List.copyOf(messages), false).toUtf8String();
  }

  /** The messages as JSON Lines: one message per line, each line ended by a newline. */
  public static String toJsonl(List<? extends ServerMessage> messages) {
    List<? extends ServerMessage> copy = List.copyOf(messages);
    return new String(Utf8Writers.toBytes(out -> {
      for (ServerMessage message : copy) {
        WRITER.write(out, message);
        out.raw(NEWLINE);
      }
    }), StandardCharsets.UTF_8);
  }

  /**
   * The messages in the envelope CopilotKit's A2UI middleware looks for in a tool's result:
   * {@code {"a2ui_operations":[...]}}.
   */
  public static String toOperations(List<? extends ServerMessage> messages) {
    List<? extends ServerMessage> copy = List.copyOf(messages);
    return new String(Utf8Writers.toBytes(out -> {
      out.raw(OPERATIONS_OPEN);
      array(out, copy);
      out.raw(OBJECT_CLOSE);
    }), StandardCharsets.UTF_8);
  }

  private static void array(WidgetWriter out, List<? extends ServerMessage> messages) {
    out.beginArray();
    for (ServerMessage message : messages) {
      WRITER.write(out, message);
    }
    out.endArray();
  }
}
