package dev.widgetry.processor.template.a2ui;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.template.a2ui.A2uiFile.Kept;
import dev.widgetry.processor.template.a2ui.A2uiFile.Kind;
import dev.widgetry.processor.template.a2ui.A2uiFile.Located;
import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.file.JsonValue.JArray;
import dev.widgetry.processor.template.file.JsonValue.JObject;
import dev.widgetry.processor.template.file.JsonValue.JString;
import dev.widgetry.processor.template.file.MalformedJsonException;
import dev.widgetry.processor.template.file.Problem;
import dev.widgetry.processor.template.file.SourceJson;
import dev.widgetry.processor.template.file.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shapes an A2UI builder exports: an example file {@code {name, description, messages}},
 * a bare list of messages, or a bare list of components. The messages describe one surface of
 * v0.9; {@code updateDataModel} messages are the example's data, which the record replaces.
 */
final class A2uiFileReader {
  /** The basic catalog's id, which a bare list of components is drawn from. */
  static final String BASIC_CATALOG = "https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json";
  /** The surface id a bare list's embedded messages carry until the generated code names the real one. */
  private static final String BARE_SURFACE = "surface";
  private static final Set<String> VERSIONS = Set.of("v0.9", "v0.9.1");
  private static final String KEPT_ONLY = "; a component file describes one surface with createSurface,"
      + " updateComponents and updateDataModel";

  private final List<Problem> problems;
  private final MessageFields fields;
  private String surfaceId;
  private String catalogId;
  private Located catalogIdAt;
  private final List<Kept> kept = new ArrayList<>();
  private int dataAt = -1;
  private final List<Located> components = new ArrayList<>();

  private A2uiFileReader(List<Problem> problems) {
    this.problems = problems;
    this.fields = new MessageFields(problems);
  }

  /** The file, or null when it is not one (reported). */
  static A2uiFile read(SourceText source, List<Problem> problems) {
    JsonValue root;
    try {
      root = SourceJson.parse(source.text());
    } catch (MalformedJsonException e) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_SHAPE, e.offset(), "the file is not JSON: " + e.getMessage()));
      return null;
    }
    return new A2uiFileReader(problems).file(root);
  }

  private A2uiFile file(JsonValue root) {
    int before = problems.size();
    if (root instanceof JObject object && object.get("messages") instanceof JArray messages) {
      messages(messages, "/messages");
    } else if (root instanceof JArray array && !array.items().isEmpty() && array.items().get(0) instanceof JObject first
        && first.get("version") != null) {
      messages(array, "");
    } else if (root instanceof JArray array && !array.items().isEmpty()) {
      for (int i = 0; i < array.items().size(); i++) {
        components.add(new Located(array.items().get(i), Pointers.child("", i)));
      }
      bareList((JArray) root);
    } else {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_SHAPE, root.offset(), root instanceof JArray
          ? "the file is an empty list" : "the file has no \"messages\" list"));
    }
    if (problems.size() > before) {
      return null;
    }
    if (components.isEmpty()) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, root.offset(), Pointers.shown(""),
          "no updateComponents message gives the surface a component" + KEPT_ONLY));
      return null;
    }
    return new A2uiFile(surfaceId, catalogId, catalogIdAt, kept, dataAt < 0 ? kept.size() : dataAt, components);
  }

  /** A bare list of components: a surface of the basic catalog that shows them, under any id. */
  private void bareList(JArray list) {
    catalogId = BASIC_CATALOG;
    kept.add(new Kept(Kind.CREATE_SURFACE, message("createSurface", "catalogId", BASIC_CATALOG)));
    kept.add(new Kept(Kind.UPDATE_COMPONENTS, message("updateComponents", "components", list.plain())));
  }

  /** {@code {"version": "v0.9", kind: {"surfaceId": ..., key: value}}}. */
  private static Map<String, Object> message(String kind, String key, Object value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("surfaceId", BARE_SURFACE);
    body.put(key, value);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("version", "v0.9");
    message.put(kind, body);
    return message;
  }

  private void messages(JArray messages, String pointer) {
    for (int i = 0; i < messages.items().size(); i++) {
      message(messages.items().get(i), Pointers.child(pointer, i));
    }
  }

  private void message(JsonValue value, String pointer) {
    if (!(value instanceof JObject message) || message.members().size() != 2
        || !(message.get("version") instanceof JString version)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, value.offset(), pointer,
          "a message is {\"version\": \"v0.9\"} and one of its kinds" + KEPT_ONLY));
      return;
    }
    if (!VERSIONS.contains(version.value())) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, version.offset(), Pointers.child(pointer, "version"),
          "version \"" + version.value() + "\" is not v0.9, the version the catalog's records describe" + KEPT_ONLY));
      return;
    }
    String kind = message.members().keySet().stream().filter(key -> !key.equals("version")).findFirst().orElseThrow();
    JsonValue body = message.get(kind);
    String at = Pointers.child(pointer, kind);
    if (!(body instanceof JObject object)) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, body.offset(), at, kind + " is not an object"
          + KEPT_ONLY));
      return;
    }
    if (!surface(object, at)) {
      return;
    }
    switch (kind) {
      case "createSurface" -> createSurface(message, object, at);
      case "updateComponents" -> updateComponents(message, object, at);
      case "updateDataModel" -> {
        if (dataAt < 0) {
          dataAt = kept.size();
        }
      }
      default -> problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, message.members().get(kind).keyOffset(),
          at, "\"" + kind + "\" is not a message the generated code can send" + KEPT_ONLY));
    }
  }

  /** Checks the message names the file's one surface; false when it does not (reported). */
  private boolean surface(JObject body, String at) {
    JsonValue given = body.get("surfaceId");
    if (!(given instanceof JString id)) {
      problems.add(given == null
          ? Problem.error(Message.A2UI_TEMPLATE_MESSAGE, body.offset(), at,
              "it has no surfaceId; name the surface the file's messages are for")
          : Problem.error(Message.A2UI_TEMPLATE_MESSAGE, given.offset(), Pointers.child(at, "surfaceId"),
              "surfaceId is a string, and the file gives " + ComponentChecker.gives(given)));
      return false;
    }
    if (surfaceId != null && !surfaceId.equals(id.value())) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, id.offset(), Pointers.child(at, "surfaceId"),
          "surface \"" + id.value() + "\" is a second surface after \"" + surfaceId + "\"" + KEPT_ONLY));
      return false;
    }
    surfaceId = id.value();
    return true;
  }

  private void createSurface(JObject message, JObject body, String at) {
    if (catalogId != null || !kept.isEmpty()) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, body.offset(), at,
          "createSurface comes after other messages of its surface" + KEPT_ONLY));
      return;
    }
    if (!fields.createSurface(body, at)) {
      return;
    }
    if (body.get("catalogId") instanceof JString id) {
      catalogId = id.value();
      catalogIdAt = new Located(id, Pointers.child(at, "catalogId"));
    }
    kept.add(new Kept(Kind.CREATE_SURFACE, message.plain()));
  }

  private void updateComponents(JObject message, JObject body, String at) {
    if (!fields.updateComponents(body, at)) {
      return;
    }
    if (!(body.get("components") instanceof JArray list) || list.items().isEmpty()) {
      problems.add(Problem.error(Message.A2UI_TEMPLATE_MESSAGE, body.offset(), at,
          "updateComponents has no list of components" + KEPT_ONLY));
      return;
    }
    String pointer = Pointers.child(at, "components");
    for (int i = 0; i < list.items().size(); i++) {
      components.add(new Located(list.items().get(i), Pointers.child(pointer, i)));
    }
    kept.add(new Kept(Kind.UPDATE_COMPONENTS, message.plain()));
  }
}
