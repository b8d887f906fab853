package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.internal.Utf8Writer;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.GeneratedCodec;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes server messages: {@code "version"} first, then the message's one kind; everything inside
 * a message (components, theme, data model values) by the generated serializers. What depends on
 * the wire version is here: v1.0 names the basic catalog by its own id, has no theme, writes calls
 * without {@code returnType} and headings as Markdown, deletes data with an explicit {@code null},
 * and may write a surface's first components and data model inside its {@code createSurface};
 * only v1.0 has function messages. What the version written does not have (a theme, metadata, a
 * stored null) is refused through {@link A2uiVersionGate#refuse}, as the generated codecs refuse a
 * prop: thrown, or a problem when validation follows the message with this writer ({@link Integrity}).
 */
final class MessageWriter {
  private static final EncodedString VERSION = EncodedString.of("version");
  private static final EncodedString CREATE_SURFACE = EncodedString.of("createSurface");
  private static final EncodedString UPDATE_COMPONENTS = EncodedString.of("updateComponents");
  private static final EncodedString UPDATE_DATA_MODEL = EncodedString.of("updateDataModel");
  private static final EncodedString DELETE_SURFACE = EncodedString.of("deleteSurface");
  private static final EncodedString SURFACE_ID = EncodedString.of("surfaceId");
  private static final EncodedString CATALOG_ID = EncodedString.of("catalogId");
  private static final EncodedString THEME = EncodedString.of("theme");
  private static final EncodedString SEND_DATA_MODEL = EncodedString.of("sendDataModel");
  private static final EncodedString COMPONENTS = EncodedString.of("components");
  private static final EncodedString METADATA = EncodedString.of("metadata");
  private static final EncodedString DATA_MODEL = EncodedString.of("dataModel");
  private static final EncodedString PATH = EncodedString.of("path");
  private static final EncodedString VALUE = EncodedString.of("value");
  private static final EncodedString PRIMARY_COLOR = EncodedString.of("primaryColor");
  private static final EncodedString ICON_URL = EncodedString.of("iconUrl");
  private static final EncodedString AGENT_DISPLAY_NAME = EncodedString.of("agentDisplayName");

  private static final EncodedString CALL_RENDERER_FUNCTION = EncodedString.of("callRendererFunction");
  private static final EncodedString AGENT_FUNCTION_RESPONSE = EncodedString.of("agentFunctionResponse");
  private static final EncodedString FUNCTION_CALL_ID = EncodedString.of("functionCallId");
  private static final EncodedString CALL_FUNCTION = EncodedString.of("callFunction");
  private static final EncodedString ERROR = EncodedString.of("error");
  private static final EncodedString CODE = EncodedString.of("code");
  private static final EncodedString MESSAGE = EncodedString.of("message");

  private final A2uiVersion version;
  private final EncodedString versionName;

  MessageWriter(A2uiVersion version) {
    this.version = version;
    this.versionName = EncodedString.of(version.wireName());
  }

  void write(WidgetWriter out, ServerMessage message) {
    write(out, message, new HashMap<>());
  }

  /**
   * Writes {@code message}, one of several: {@code surfaces} holds the catalog of each surface whose
   * createSurface was written before it, by surface id, and is kept up to date.
   */
  void write(WidgetWriter out, ServerMessage message, Map<String, String> surfaces) {
    out.beginObject();
    out.name(VERSION);
    out.value(versionName);
    if (message instanceof CreateSurface) {
      surfaces.put(message.surfaceId(), ((CreateSurface) message).catalogId());
      createSurface(out, (CreateSurface) message, null, null);
    } else if (message instanceof UpdateComponents) {
      updateComponents(out, (UpdateComponents) message, surfaces.get(message.surfaceId()));
    } else if (message instanceof UpdateDataModel) {
      updateDataModel(out, (UpdateDataModel) message);
    } else {
      surfaces.remove(message.surfaceId());
      out.name(DELETE_SURFACE);
      out.beginObject();
      out.name(SURFACE_ID);
      out.value(((DeleteSurface) message).surfaceId());
      out.endObject();
    }
    out.endObject();
  }

  /**
   * A v1.0 createSurface that brings the surface's first components and data model, either of
   * them null.
   */
  void writeInline(WidgetWriter out, CreateSurface create, UpdateComponents components, UpdateDataModel model,
      Map<String, String> surfaces) {
    surfaces.put(create.surfaceId(), create.catalogId());
    out.beginObject();
    out.name(VERSION);
    out.value(versionName);
    createSurface(out, create, components, model);
    out.endObject();
  }

  private void createSurface(WidgetWriter out, CreateSurface message, UpdateComponents components,
      UpdateDataModel model) {
    out.name(CREATE_SURFACE);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    out.name(CATALOG_ID);
    out.value(version.catalogIdOnWire(message.catalogId()));
    if (message.theme() != null) {
      require(out, A2uiVersions.upTo(A2uiVersion.V0_9), "theme", "'s createSurface has no theme (A2UI v0.9 has), and"
          + " createSurface of \"" + message.surfaceId() + "\" has one", "build it without theme");
      out.name(THEME);
      theme(out, message.theme());
    }
    if (message.sendDataModel() != null) {
      out.name(SEND_DATA_MODEL);
      out.value(message.sendDataModel().booleanValue());
    }
    if (message.metadata() != null) {
      // Refused rather than dropped, as a theme is in v1.0: what the agent meant to send would be lost.
      require(out, A2uiVersions.from(A2uiVersion.V1_0), "metadata", "'s createSurface has no metadata (A2UI v1.0"
          + " has), and createSurface of \"" + message.surfaceId() + "\" has some", "build it without metadata");
      out.name(METADATA);
      out.value(message.metadata());
    }
    if (components != null) {
      out.name(COMPONENTS);
      components(out, components, message.catalogId());
    }
    if (model != null) {
      out.name(DATA_MODEL);
      model.value().writeTo(out);
    }
    out.endObject();
  }

  /**
   * Refuses what a message holds when {@code out} writes a version outside {@code having}, through
   * {@link A2uiVersionGate#refuse}, as the generated codecs refuse a prop: thrown, or, for validation,
   * reported at {@code prop} (about to be named) while the message is followed on. A writer of no
   * particular version (validation not told one) has everything.
   *
   * @param refusal what follows "A2UI v1.0" in the refusal
   */
  private static void require(WidgetWriter out, A2uiVersions having, String prop, String refusal, String otherwise) {
    A2uiVersion written = A2uiVersion.reading(out.wireVersion());
    if (written != null && !having.has(written)) {
      A2uiVersionGate.refuse(out, prop, "A2UI " + written.wireName() + refusal, having, otherwise, false);
    }
  }

  private static void theme(WidgetWriter out, Theme theme) {
    out.beginObject();
    optional(out, PRIMARY_COLOR, theme.primaryColor());
    optional(out, ICON_URL, theme.iconUrl());
    optional(out, AGENT_DISPLAY_NAME, theme.agentDisplayName());
    for (Map.Entry<String, JsonNode> other : theme.others().entrySet()) {
      out.name(other.getKey());
      out.value(other.getValue());
    }
    out.endObject();
  }

  private static void optional(WidgetWriter out, EncodedString name, String value) {
    if (value != null) {
      out.name(name);
      out.value(value);
    }
  }

  private void updateComponents(WidgetWriter out, UpdateComponents message, String surfaceCatalogId) {
    out.name(UPDATE_COMPONENTS);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    out.name(COMPONENTS);
    components(out, message, surfaceCatalogId);
    out.endObject();
  }

  /** @param surfaceCatalogId the catalog of the components' surface, or null when it was not written before them */
  private void components(WidgetWriter out, UpdateComponents message, String surfaceCatalogId) {
    ComponentTypes types = new ComponentTypes(version, message, surfaceCatalogId);
    // The flattener marks the list when every id it handed out needs no escaping and each component
    // kept that very string (a withId or a Tree's build may keep another): a UTF-8 writer told so copies each.
    Utf8Writer plainIds =
        out instanceof Utf8Writer && FrozenList.plainIds(message.components()) ? (Utf8Writer) out : null;
    out.beginArray();
    if (version == A2uiVersion.V0_9) {
      boolean basicByClass = types.basicByClass();
      for (A2uiComponent component : message.components()) {
        if (basicByClass && writeBasic(out, message, component, plainIds)) {
          continue;
        }
        GeneratedCodec<A2uiComponent> codec = types.codec(component);
        if (plainIds != null) {
          plainIds.knownPlain(component.id());
        }
        try {
          codec.write(out, component);
        } catch (IllegalArgumentException e) {
          throw inComponent(message, component, e);
        }
      }
    } else {
      WithoutReturnType calls = new WithoutReturnType(out);
      for (A2uiComponent component : message.components()) {
        A2uiComponent written = Headings.forV1(component);
        GeneratedCodec<A2uiComponent> codec = types.codec(component);
        if (plainIds != null) {
          plainIds.knownPlain(component.id());
        }
        calls.nameCatalog(types.catalogToName(component));
        try {
          codec.write(calls, written);
        } catch (IllegalArgumentException e) {
          throw inComponent(message, written, e);
        }
      }
    }
    out.endArray();
  }

  /** Writes {@code component} when it is of a basic type ({@link BasicComponentWriter}), and says whether it was. */
  private boolean writeBasic(WidgetWriter out, UpdateComponents message, A2uiComponent component, Utf8Writer plainIds) {
    try {
      return BasicComponentWriter.write(out, component, plainIds);
    } catch (IllegalArgumentException e) {
      throw inComponent(message, component, e);
    }
  }

  /**
   * A prop or a union member this version does not have, say: the codec cannot name the component,
   * this can, and for a member (which may sit deep in calls) the prop that holds it.
   */
  private IllegalArgumentException inComponent(
      UpdateComponents message, A2uiComponent component, IllegalArgumentException e) {
    String pointer = e instanceof RefusedMember ? RefusalPointer.of(component, version) : "";
    String at = pointer.isEmpty() ? "" : ", at " + pointer;
    return new IllegalArgumentException("Component \"" + component.id() + "\" of surface \""
        + message.surfaceId() + "\"" + at + ": " + e.getMessage(), e);
  }

  private void updateDataModel(WidgetWriter out, UpdateDataModel message) {
    out.name(UPDATE_DATA_MODEL);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    if (message.path() != null) {
      out.name(PATH);
      out.value(message.path());
    }
    if (version == A2uiVersion.V0_9) {
      if (message.value() != null) {
        out.name(VALUE);
        message.value().writeTo(out);
      }
    } else {
      // v1.0 requires the value, and an explicit null deletes: a null cannot be stored.
      if (message.value() instanceof DataValue.Tree && ((DataValue.Tree) message.value()).json().isNull()) {
        require(out, A2uiVersions.upTo(A2uiVersion.V0_9), "value", " deletes the value at a null, so updateDataModel"
            + " of \"" + message.surfaceId() + "\" cannot store one there (A2UI v0.9 can)",
            "delete with UpdateDataModel.delete");
      }
      out.name(VALUE);
      if (message.value() == null) {
        out.nullValue();
      } else {
        message.value().writeTo(out);
      }
    }
    out.endObject();
  }

  /** A v1.0 function message: {@code callRendererFunction} or {@code agentFunctionResponse}. */
  void write(WidgetWriter out, FunctionMessage message) {
    if (version == A2uiVersion.V0_9) {
      throw new IllegalArgumentException("A2UI v0.9 has no function messages, and " + message.getClass().getSimpleName()
          + " \"" + message.functionCallId() + "\" is one: write it with A2ui.writer(A2uiVersion.V1_0)");
    }
    out.beginObject();
    out.name(VERSION);
    out.value(versionName);
    if (message instanceof CallRendererFunction) {
      CallRendererFunction call = (CallRendererFunction) message;
      out.name(CALL_RENDERER_FUNCTION);
      out.beginObject();
      out.name(FUNCTION_CALL_ID);
      out.value(call.functionCallId());
      out.name(CALL_FUNCTION);
      callWithCatalog(out, call);
      out.endObject();
    } else {
      AgentFunctionResponse response = (AgentFunctionResponse) message;
      out.name(AGENT_FUNCTION_RESPONSE);
      out.beginObject();
      out.name(FUNCTION_CALL_ID);
      out.value(response.functionCallId());
      if (response.error() == null) {
        out.name(VALUE);
        out.value(response.value());
      } else {
        out.name(ERROR);
        out.beginObject();
        out.name(CODE);
        out.value(response.error().code());
        out.name(MESSAGE);
        out.value(response.error().message());
        out.endObject();
      }
      out.endObject();
    }
    out.endObject();
  }

  /**
   * The call as v1.0 has it, without {@code returnType} and with the {@code catalogId} a renderer
   * function's call must name: its own, or else the message's, written right after its {@code "call"}.
   */
  private void callWithCatalog(WidgetWriter out, CallRendererFunction message) {
    @SuppressWarnings("unchecked") // the generated codec of a call's own class accepts it
    GeneratedCodec<FunctionCall> codec = (GeneratedCodec<FunctionCall>) Widgets.codec(message.call().getClass());
    WithoutReturnType call = new WithoutReturnType(out);
    call.nameCatalog(message.call().catalogId() == null ? version.catalogIdOnWire(message.catalogId()) : null);
    codec.write(call, message.call());
  }
}
