package dev.widgetry.a2ui;

import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.nio.charset.StandardCharsets;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front door to A2UI v0.9: server messages to JSON in the forms transports carry and back,
 * what renderers send back, and validation beyond the schema.
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

  private static final MessageReader BASIC_READER = reader(List.of());
  private static final ClientMessageReader CLIENT_READER = new ClientMessageReader(A2uiVersion.V0_9,
      ParseOptions.defaults());

  private A2ui() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads server messages of the basic catalog from {@code json}: one message, a JSON array of
   * them, the {@code {"messages": [...]}} wrapper, an example file ({@code {name, description,
   * messages}}), the {@code {"a2ui_operations": [...]}} envelope, or JSON Lines; or any of these in
   * the text a model wrote, in {@code ```json} blocks or between {@code <a2ui-json>} tags.
   * {@code "version"} is {@code "v0.9"} ({@code "v0.9.1"} is read as the same wire).
   *
   * @throws WidgetParseException for anything the v0.9 schemas refuse, listing every problem with
   *     its JSON Pointer, in words a model can act on when it is sent back for a retry
   */
  public static List<ServerMessage> parseMessages(String json) {
    return MessageText.read(Objects.requireNonNull(json, "json"), BASIC_READER, ParseOptions.defaults());
  }

  /**
   * Like {@link #parseMessages(String)}, for surfaces of these catalogs too (and of the catalogs
   * they extend).
   */
  public static List<ServerMessage> parseMessages(String json, ComponentCatalog... catalogs) {
    return MessageText.read(Objects.requireNonNull(json, "json"), reader(List.of(catalogs)), ParseOptions.defaults());
  }

  /**
   * Reads what a renderer sends back: {@code {"version": "v0.9", "action": {...}}} or
   * {@code {"version": "v0.9", "error": {...}}}; or an action as CopilotKit forwards it, bare
   * ({@code {name, surfaceId, sourceComponentId, context}}) or in its forwarded props
   * ({@code {"a2uiAction": {"userAction": {...}}}}).
   *
   * @throws WidgetParseException when the JSON is none of these, listing every problem
   */
  public static ClientMessage parseClientMessage(String json) {
    return CLIENT_READER.read(Objects.requireNonNull(json, "json"));
  }

  private static MessageReader reader(List<ComponentCatalog> catalogs) {
    Map<String, ComponentCatalog> byId = new LinkedHashMap<>();
    byId.put(BasicCatalog.ID, BasicCatalog.CATALOG);
    for (ComponentCatalog catalog : catalogs) {
      for (ComponentCatalog each = catalog; each != null; each = each.parent()) {
        byId.putIfAbsent(each.id(), each);
      }
    }
    return new MessageReader(A2uiVersion.V0_9, byId);
  }

  // ---------------------------------------------------------------- writing

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
