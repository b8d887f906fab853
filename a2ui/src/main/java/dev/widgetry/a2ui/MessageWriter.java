package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.EncodedString;
import dev.widgetry.runtime.spi.GeneratedCodec;
import dev.widgetry.runtime.spi.WidgetWriter;
import java.util.Map;

/**
 * Writes server messages: {@code "version"} first, then the message's one kind; everything inside
 * a message (components, theme, data model values) by the generated serializers. The envelope is
 * the only part that depends on the wire version.
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
  private static final EncodedString PATH = EncodedString.of("path");
  private static final EncodedString VALUE = EncodedString.of("value");
  private static final EncodedString PRIMARY_COLOR = EncodedString.of("primaryColor");
  private static final EncodedString ICON_URL = EncodedString.of("iconUrl");
  private static final EncodedString AGENT_DISPLAY_NAME = EncodedString.of("agentDisplayName");

  private final EncodedString version;

  MessageWriter(A2uiVersion version) {
    this.version = EncodedString.of(version.wireName());
  }

  void write(WidgetWriter out, ServerMessage message) {
    out.beginObject();
    out.name(VERSION);
    out.value(version);
    if (message instanceof CreateSurface) {
      createSurface(out, (CreateSurface) message);
    } else if (message instanceof UpdateComponents) {
      updateComponents(out, (UpdateComponents) message);
    } else if (message instanceof UpdateDataModel) {
      updateDataModel(out, (UpdateDataModel) message);
    } else {
      out.name(DELETE_SURFACE);
      out.beginObject();
      out.name(SURFACE_ID);
      out.value(((DeleteSurface) message).surfaceId());
      out.endObject();
    }
    out.endObject();
  }

  private static void createSurface(WidgetWriter out, CreateSurface message) {
    out.name(CREATE_SURFACE);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    out.name(CATALOG_ID);
    out.value(message.catalogId());
    if (message.theme() != null) {
      out.name(THEME);
      theme(out, message.theme());
    }
    if (message.sendDataModel() != null) {
      out.name(SEND_DATA_MODEL);
      out.value(message.sendDataModel().booleanValue());
    }
    out.endObject();
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

  private static void updateComponents(WidgetWriter out, UpdateComponents message) {
    out.name(UPDATE_COMPONENTS);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    out.name(COMPONENTS);
    out.beginArray();
    for (A2uiComponent component : message.components()) {
      codecOf(component).write(out, component);
    }
    out.endArray();
    out.endObject();
  }

  private static void updateDataModel(WidgetWriter out, UpdateDataModel message) {
    out.name(UPDATE_DATA_MODEL);
    out.beginObject();
    out.name(SURFACE_ID);
    out.value(message.surfaceId());
    if (message.path() != null) {
      out.name(PATH);
      out.value(message.path());
    }
    if (message.value() != null) {
      out.name(VALUE);
      message.value().writeTo(out);
    }
    out.endObject();
  }

  @SuppressWarnings("unchecked") // the generated codec of a component's own class accepts it
  private static GeneratedCodec<A2uiComponent> codecOf(A2uiComponent component) {
    return (GeneratedCodec<A2uiComponent>) Widgets.codec(component.getClass());
  }
}
