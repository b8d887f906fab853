package dev.widgetry.a2ui;

import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.internal.Utf8Writers;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes server messages in one A2UI wire version, in the forms transports carry: one message, a
 * JSON array, JSON Lines, or CopilotKit's {@code {"a2ui_operations": [...]}} envelope. The same
 * messages (and the same surfaces, components and data models) write as either version:
 *
 * <pre>{@code
 * String json = A2ui.writer(A2uiVersion.fromCapabilities(capabilities)).toJsonArray(surface.messages());
 * }</pre>
 *
 * <p>As v1.0: the basic catalog is named by its v1.0 id, calls carry no {@code returnType}, Text
 * headings become Markdown ({@code "# "} per level), a deleting {@code updateDataModel} says
 * {@code "value": null}, and a component its surface's catalog does not have names its own catalog
 * in its {@code catalogId} (the surface's catalog is the one its createSurface, written before it,
 * names). A theme, or a {@code null} stored in the data model, has no v1.0 form and is refused with
 * an {@link IllegalArgumentException}. As v0.9, so is a prop that exists from v1.0 on
 * ({@link A2uiSince}: TextField's {@code placeholder}, say) when it is set, and a component its
 * surface's catalog does not have, which v0.9 cannot name.
 */
public final class A2uiWriter {
  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] OPERATIONS_OPEN = "{\"a2ui_operations\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OBJECT_CLOSE = {'}'};
  private static final Map<A2uiVersion, A2uiWriter> BY_VERSION = Map.of(
      A2uiVersion.V0_9, new A2uiWriter(A2uiVersion.V0_9, false),
      A2uiVersion.V1_0, new A2uiWriter(A2uiVersion.V1_0, false));

  private final A2uiVersion version;
  private final MessageWriter writer;
  private final boolean inlineCreate;

  private A2uiWriter(A2uiVersion version, boolean inlineCreate) {
    this.version = version;
    this.writer = new MessageWriter(version);
    this.inlineCreate = inlineCreate;
  }

  static A2uiWriter of(A2uiVersion version) {
    return BY_VERSION.get(Objects.requireNonNull(version, "version"));
  }

  /** The version this writer writes. */
  public A2uiVersion version() {
    return version;
  }

  /**
   * A v1.0 writer that writes a {@code createSurface} directly followed by the same surface's
   * {@code updateComponents} and whole-model {@code updateDataModel} as one {@code createSurface}
   * carrying the components and the data model, as v1.0 allows.
   *
   * @throws IllegalStateException for v0.9, whose createSurface carries neither
   */
  public A2uiWriter inlineCreate() {
    if (version == A2uiVersion.V0_9) {
      throw new IllegalStateException("A2UI v0.9's createSurface carries no components or data model: inlineCreate"
          + " is for v1.0");
    }
    return new A2uiWriter(version, true);
  }

  /** One message: {@code {"version":"v1.0","createSurface":{...}}}. */
  public String toJson(ServerMessage message) {
    Objects.requireNonNull(message, "message");
    return text(out -> writer.write(out, message));
  }

  /**
   * One v1.0 function message: {@code {"version":"v1.0","callRendererFunction":{...}}} or
   * {@code {"version":"v1.0","agentFunctionResponse":{...}}}.
   *
   * @throws IllegalArgumentException for v0.9, which has no function messages
   */
  public String toJson(FunctionMessage message) {
    Objects.requireNonNull(message, "message");
    return text(out -> writer.write(out, message));
  }

  /** The messages as a JSON array, in order; {@code []} for none. */
  public String toJsonArray(List<? extends ServerMessage> messages) {
    List<List<ServerMessage>> groups = groups(messages);
    return text(out -> array(out, groups));
  }

  /** {@link #toJsonArray} as the UTF-8 bytes a response body takes, with no string in between. */
  public byte[] toJsonArrayBytes(List<? extends ServerMessage> messages) {
    List<List<ServerMessage>> groups = groups(messages);
    return document(out -> array(out, groups));
  }

  /** The messages as JSON Lines: one message per line, each line ended by a newline. */
  public String toJsonl(List<? extends ServerMessage> messages) {
    List<List<ServerMessage>> groups = groups(messages);
    return text(out -> {
      Map<String, String> surfaces = new HashMap<>();
      for (List<ServerMessage> group : groups) {
        write(out, group, surfaces);
        out.raw(NEWLINE);
      }
    });
  }

  /**
   * The messages in the envelope CopilotKit's A2UI middleware looks for in a tool's result:
   * {@code {"a2ui_operations":[...]}}.
   */
  public String toOperations(List<? extends ServerMessage> messages) {
    return text(operations(groups(messages)));
  }

  /** {@link #toOperations} as the UTF-8 bytes a response body takes, with no string in between. */
  public byte[] toOperationsBytes(List<? extends ServerMessage> messages) {
    return document(operations(groups(messages)));
  }

  private Consumer<Utf8Writer> operations(List<List<ServerMessage>> groups) {
    return out -> {
      out.raw(OPERATIONS_OPEN);
      array(out, groups);
      out.raw(OBJECT_CLOSE);
    };
  }

  /**
   * One document written by this thread's writer in this version, so generated codecs refuse a
   * prop the version does not have ({@link A2uiSince}).
   */
  private byte[] document(Consumer<Utf8Writer> body) {
    return Utf8Writers.toBytes(out -> {
      out.wireVersion(version.wireName());
      body.accept(out);
    });
  }

  /** {@link #document} as a string, made straight from the thread's buffer: one copy of the JSON, not two. */
  private String text(Consumer<Utf8Writer> body) {
    return Utf8Writers.toUtf8String(out -> {
      out.wireVersion(version.wireName());
      body.accept(out);
    });
  }

  private void array(WidgetWriter out, List<List<ServerMessage>> groups) {
    Map<String, String> surfaces = new HashMap<>();
    out.beginArray();
    for (List<ServerMessage> group : groups) {
      write(out, group, surfaces);
    }
    out.endArray();
  }

  /**
   * One message on the wire: a message alone, or a createSurface with what it carries inline;
   * {@code surfaces} holds the catalogs of the surfaces created before it, by id.
   */
  private void write(WidgetWriter out, List<ServerMessage> group, Map<String, String> surfaces) {
    if (group.size() == 1) {
      writer.write(out, group.get(0), surfaces);
      return;
    }
    UpdateComponents components = null;
    UpdateDataModel model = null;
    for (ServerMessage message : group.subList(1, group.size())) {
      if (message instanceof UpdateComponents) {
        components = (UpdateComponents) message;
      } else {
        model = (UpdateDataModel) message;
      }
    }
    writer.writeInline(out, (CreateSurface) group.get(0), components, model, surfaces);
  }

  /** The messages as the wire has them: each alone, unless inlineCreate joins some to their createSurface. */
  private List<List<ServerMessage>> groups(List<? extends ServerMessage> messages) {
    if (!inlineCreate) {
      List<List<ServerMessage>> alone = new ArrayList<>(messages.size());
      for (ServerMessage message : messages) {
        alone.add(List.of(message));
      }
      return alone;
    }
    List<List<ServerMessage>> groups = new ArrayList<>();
    List<ServerMessage> open = null;
    for (ServerMessage message : List.copyOf(messages)) {
      if (open != null && joins(open, message)) {
        open.add(message);
        continue;
      }
      open = new ArrayList<>(List.of(message));
      groups.add(open);
      if (!(inlineCreate && message instanceof CreateSurface)) {
        open = null;
      }
    }
    return groups;
  }

  /** Whether {@code message} goes inside the createSurface that opens {@code group}. */
  private static boolean joins(List<ServerMessage> group, ServerMessage message) {
    String surfaceId = group.get(0).surfaceId();
    if (!message.surfaceId().equals(surfaceId)) {
      return false;
    }
    if (message instanceof UpdateComponents) {
      return group.stream().noneMatch(UpdateComponents.class::isInstance)
          && group.stream().noneMatch(UpdateDataModel.class::isInstance);
    }
    if (message instanceof UpdateDataModel) {
      UpdateDataModel update = (UpdateDataModel) message;
      return group.stream().noneMatch(UpdateDataModel.class::isInstance)
          && (update.path() == null || update.path().equals("/")) && isObject(update.value());
    }
    return false;
  }

  /** Whether a data model value is written as a JSON object, as createSurface's dataModel must be. */
  private static boolean isObject(DataValue value) {
    if (value instanceof DataValue.Tree) {
      return ((DataValue.Tree) value).json().isObject();
    }
    if (value instanceof DataValue.Typed) {
      Object typed = ((DataValue.Typed<?>) value).value();
      return typed instanceof Record || typed instanceof Map;
    }
    return false;
  }
}
