package dev.widgetry.a2ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.internal.Formats;
import dev.widgetry.a2ui.internal.MetadataRules;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.spi.JsonKind;
import dev.widgetry.runtime.spi.NameTable;
import dev.widgetry.runtime.spi.Texts;
import dev.widgetry.runtime.spi.WidgetReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads server messages from a {@link WidgetReader}: the envelope ({@code "version"} and one
 * kind) by hand, everything inside by the generated codecs. Every problem is recorded on the
 * reader, with its pointer, and reading goes on.
 */
final class MessageReader {
  private static final List<String> MESSAGE_PROPERTIES =
      List.of("version", "createSurface", "updateComponents", "updateDataModel", "deleteSurface");
  private static final List<String> CREATE_PROPERTIES = List.of("surfaceId", "catalogId", "theme", "sendDataModel");
  private static final List<String> CREATE_PROPERTIES_V1 =
      List.of("surfaceId", "catalogId", "sendDataModel", "components", "dataModel", "metadata");
  private static final List<String> COMPONENTS_PROPERTIES = List.of("surfaceId", "components");
  private static final List<String> DATA_MODEL_PROPERTIES = List.of("surfaceId", "path", "value");
  private static final List<String> DELETE_PROPERTIES = List.of("surfaceId");
  private static final String GIVEN_CATALOG = "the id of a catalog given to this reader";
  private static final String KINDS = "createSurface, updateComponents, updateDataModel or deleteSurface";

  private final A2uiVersion version;
  private final ComponentCatalog components;
  private final Map<String, ComponentCatalog> catalogs;
  /**
   * Whether an explicit null value of updateDataModel, or of v1.0's createSurface components and
   * data model, is an absent one, as a strict schema's null means; the data model may then be the
   * list of its entries.
   */
  private final boolean nullAsAbsent;

  /**
   * @param catalogs the catalogs whose surfaces and components can be read, by id
   */
  MessageReader(A2uiVersion version, Map<String, ComponentCatalog> catalogs) {
    this(version, catalogs, false);
  }

  private MessageReader(A2uiVersion version, Map<String, ComponentCatalog> catalogs, boolean nullAsAbsent) {
    this.nullAsAbsent = nullAsAbsent;
    this.version = version;
    this.catalogs = catalogs;
    this.components = ComponentCatalog.combined(new ArrayList<>(catalogs.values()));
  }

  /**
   * This reader, reading an explicit null as an absent property where the reader itself reads the
   * value (updateDataModel's {@code value}), as a model writes under a strict schema.
   */
  MessageReader nullAsAbsent() {
    return new MessageReader(version, catalogs, true);
  }

  /** The options messages are read with: nulls are not absent values, as the schemas say. */
  static ParseOptions options(ParseOptions options) {
    return options.withNullAsAbsent(false);
  }

  /**
   * The options this reader's messages are read with: those of {@link #options(ParseOptions)}, in
   * this reader's version, so a prop of a later version ({@link A2uiSince}) is an unknown property.
   */
  ParseOptions readOptions(ParseOptions options) {
    return options(options).withWireVersion(version.wireName());
  }

  /**
   * The message the reader is on (a v1.0 createSurface that brings components or a data model is
   * the messages it stands for), or none when it had problems. {@code surfaces} holds the catalog of
   * each surface the same input created before, by surface id, and is kept up to date: a component
   * that names no catalog is read with its surface's when it is known.
   */
  List<ServerMessage> messages(WidgetReader in, Map<String, String> surfaces) {
    // Lent to the reader while it reads: the generated codec of a function call asks, through
    // A2uiVersionGate, whether the call's catalogId names a catalog given here (refusedCallCatalog).
    Object outer = in.context(this);
    try {
      return message(in, surfaces);
    } finally {
      in.context(outer);
    }
  }

  private List<ServerMessage> message(WidgetReader in, Map<String, String> surfaces) {
    if (!in.beginObject("an A2UI message object ({\"version\": \"" + version.wireName() + "\", and one of " + KINDS
        + "})")) {
      return List.of();
    }
    int problems = in.problemCount();
    long present = 0;
    String kind = null;
    List<ServerMessage> message = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "version":
          present = in.seen(present, 1, name);
          version(in);
          break;
        case "createSurface":
        case "updateComponents":
        case "updateDataModel":
        case "deleteSurface":
          if (kind != null) {
            in.violation("one message kind per message, and this one is " + kind,
                "\"" + name + "\" as well: send it as a message of its own");
            in.skipValue();
          } else {
            kind = name;
            message = body(in, name, surfaces);
          }
          break;
        default:
          in.unknownProperty(name, "an A2UI message", MESSAGE_PROPERTIES);
      }
    }
    if ((present & 1) == 0) {
      in.missingProperty("version", "\"" + version.wireName() + "\"");
    }
    if (kind == null) {
      in.violation("one of " + KINDS, "none of them");
    }
    return in.problemCount() == problems && message != null ? message : List.of();
  }

  private void version(WidgetReader in) {
    String found = in.readString();
    if (found != null && !version.accepted().contains(found)) {
      A2uiVersion other = A2uiVersion.reading(found);
      String hint = other == null ? ""
          : "This is a message of another A2UI version; this reader reads " + version.wireName() + ". Read it with"
              + " A2ui.reader(A2uiVersion." + other.name() + ").";
      in.violation("\"" + version.wireName() + "\"", "\"" + found + "\"" + (hint.isEmpty() ? "" : ". " + hint));
    }
  }

  private List<ServerMessage> body(WidgetReader in, String kind, Map<String, String> surfaces) {
    switch (kind) {
      case "createSurface":
        List<ServerMessage> created = createSurface(in);
        if (created != null) {
          CreateSurface create = (CreateSurface) created.get(0);
          surfaces.put(create.surfaceId(), create.catalogId());
        }
        return created;
      case "updateComponents":
        return one(updateComponents(in, surfaces));
      case "updateDataModel":
        return one(updateDataModel(in));
      default:
        DeleteSurface delete = deleteSurface(in);
        if (delete != null) {
          surfaces.remove(delete.surfaceId());
        }
        return one(delete);
    }
  }

  private static List<ServerMessage> one(ServerMessage message) {
    return message == null ? null : List.of(message);
  }

  private List<ServerMessage> createSurface(WidgetReader in) {
    if (!in.beginObject("a createSurface object")) {
      return null;
    }
    boolean v09 = version == A2uiVersion.V0_9;
    int problems = in.problemCount();
    long present = 0;
    String surfaceId = null;
    String catalogId = null;
    Theme theme = null;
    Boolean sendDataModel = null;
    List<A2uiComponent> components = null;
    JsonNode dataModel = null;
    JsonNode metadata = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (createProperty(name)) {
        case "surfaceId":
          present = in.seen(present, 1, name);
          surfaceId = in.readString();
          break;
        case "catalogId":
          present = in.seen(present, 2, name);
          catalogId = catalogId(in);
          break;
        case "theme":
          present = in.seen(present, 4, name);
          theme = in.isNull() ? null : theme(in);
          break;
        case "sendDataModel":
          present = in.seen(present, 8, name);
          sendDataModel = in.isNull() ? null : in.readBoolean();
          break;
        case "components":
          present = in.seen(present, 16, name);
          // With the surface's catalog when its id came first, as in what Widgetry writes (v1.0 may leave
          // it out, for the basic catalog, but may also give it after the components).
          components = nullAsAbsent && in.isNull() ? null : components(in, (present & 2) != 0 ? catalogId : null);
          break;
        case "dataModel":
          present = in.seen(present, 32, name);
          if (nullAsAbsent) {
            dataModel = in.isNull() ? null : modelsDataModel(in);
          } else {
            dataModel = in.readTree();
            if (!dataModel.isObject()) {
              in.violation("the data model as an object", dataModel.getNodeType().name().toLowerCase(Locale.ROOT));
            }
          }
          break;
        case "metadata":
          present = in.seen(present, 64, name);
          metadata = in.readTree();
          MetadataRules.check(metadata, in::violation);
          break;
        default:
          in.unknownProperty(name, "createSurface", v09 ? CREATE_PROPERTIES : CREATE_PROPERTIES_V1);
      }
    }
    required(in, present, 1, "surfaceId", "a string");
    if (v09) {
      required(in, present, 2, "catalogId", "a string");
    }
    if (in.problemCount() != problems) {
      return null;
    }
    // v1.0 leaves the catalog out for the renderer's default one: the basic catalog.
    List<ServerMessage> messages = new ArrayList<>();
    messages.add(new CreateSurface(surfaceId, catalogId == null ? BasicCatalog.ID : catalogId, theme, sendDataModel,
        metadata));
    if (components != null) {
      messages.add(new UpdateComponents(surfaceId, components));
    }
    if (dataModel != null) {
      messages.add(new UpdateDataModel(surfaceId, null, new DataValue.Tree(dataModel)));
    }
    return messages;
  }

  /** {@code name} when this version's createSurface has it; else "", which no case takes: an unknown property. */
  private String createProperty(String name) {
    List<String> known = version == A2uiVersion.V0_9 ? CREATE_PROPERTIES : CREATE_PROPERTIES_V1;
    return known.contains(name) ? name : "";
  }

  /** A catalog id this reader knows: it reads the components of that catalog's surfaces. */
  private String catalogId(WidgetReader in) {
    String id = in.readString();
    if (id == null) {
      return null;
    }
    id = version.catalogIdInJava(id);
    if (!catalogs.containsKey(id)) {
      in.violation("the id of a catalog this reader knows: " + String.join(", ", knownIds(catalogs.values())),
          "\"" + id + "\". Read surfaces of other catalogs with A2ui.parseMessages(json, catalog...); a catalog"
              + " known under another id is ComponentCatalog.withId(id)");
    }
    return id;
  }

  private Theme theme(WidgetReader in) {
    if (!in.beginObject("a theme object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String primaryColor = null;
    String iconUrl = null;
    String agentDisplayName = null;
    Map<String, JsonNode> others = new LinkedHashMap<>();
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "primaryColor":
          present = in.seen(present, 1, name);
          primaryColor = in.readString();
          if (primaryColor != null && !Formats.isColor(primaryColor)) {
            in.violation("a color written #rrggbb, such as \"#00BFFF\"", "\"" + primaryColor + "\"");
          }
          break;
        case "iconUrl":
          present = in.seen(present, 2, name);
          iconUrl = in.readString();
          if (iconUrl != null && !Formats.isAbsoluteUri(iconUrl)) {
            in.violation("an absolute URI, such as \"https://example.com/icon.png\"", "\"" + iconUrl + "\"");
          }
          break;
        case "agentDisplayName":
          present = in.seen(present, 4, name);
          agentDisplayName = in.readString();
          break;
        default:
          keepOther(in, others, name);
      }
    }
    return in.problemCount() == problems ? Theme.of(primaryColor, iconUrl, agentDisplayName, others) : null;
  }

  private UpdateComponents updateComponents(WidgetReader in, Map<String, String> surfaces) {
    if (!in.beginObject("an updateComponents object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String surfaceId = null;
    List<A2uiComponent> list = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "surfaceId":
          present = in.seen(present, 1, name);
          surfaceId = in.readString();
          break;
        case "components":
          present = in.seen(present, 2, name);
          list = components(in, surfaceId == null ? null : surfaces.get(surfaceId));
          break;
        default:
          in.unknownProperty(name, "updateComponents", COMPONENTS_PROPERTIES);
      }
    }
    required(in, present, 1, "surfaceId", "a string");
    required(in, present, 2, "components", "an array of components");
    return in.problemCount() == problems ? new UpdateComponents(surfaceId, list) : null;
  }

  /**
   * @param surfaceCatalogId the catalog of the components' surface, when the input said it before them;
   *     else null, and a component is read with whichever catalog of this reader has it
   */
  private List<A2uiComponent> components(WidgetReader in, String surfaceCatalogId) {
    if (!in.beginArray("an array of components")) {
      return null;
    }
    ComponentCatalog surfaceCatalog = surfaceCatalogId == null ? null : catalogs.get(surfaceCatalogId);
    ComponentCatalog catalog = surfaceCatalog != null ? surfaceCatalog : components;
    List<A2uiComponent> list = new ArrayList<>();
    while (in.nextItem()) {
      list.add(version == A2uiVersion.V0_9 ? catalog.read(in) : namingItsCatalog(in, catalog));
    }
    if (list.isEmpty()) {
      in.violation("one component at least", "an empty array");
    }
    return list;
  }

  /**
   * A v1.0 component: by the catalog its {@code catalogId} names, which overrides its surface's, when
   * it names one (read ahead, wherever it stands in the object); else by {@code byDefault}.
   */
  private A2uiComponent namingItsCatalog(WidgetReader in, ComponentCatalog byDefault) {
    int replay = in.replayDepth();
    String named = in.peekString("catalogId", false);
    A2uiComponent component = null;
    if (named == null) {
      component = byDefault.read(in);
    } else {
      ComponentCatalog catalog = catalogs.get(version.catalogIdInJava(named));
      if (catalog != null) {
        component = catalog.read(in, true);
      } else {
        List<String> known = knownIds(catalogs.values());
        in.unknownMember(named, "catalogId", GIVEN_CATALOG, NameTable.of(known.toArray(new String[0])));
      }
    }
    in.endReplay(replay);
    return component;
  }

  /**
   * Whether the {@code catalogId} of a function call that {@code in} is on (a string, read ahead: the
   * codec reads it again) names no catalog the message reader lent to {@code in} was given, or one
   * without the basic functions, the only ones a call can name a catalog for
   * ({@link ComponentCatalog#hasBasicFunctions()}): then it is a problem at its pointer, worded as a
   * component's unknown catalogId is, the value is skipped and true is returned. False outside such
   * a reading, as for a call read on its own.
   *
   * @param owner the call's record, such as {@code FormatStringCall}
   */
  static boolean refusedCallCatalog(WidgetReader in, String owner) {
    if (!(in.context() instanceof MessageReader reader) || in.kind() != JsonKind.STRING) {
      return false;
    }
    String named = in.readString();
    ComponentCatalog catalog = reader.catalogs.get(reader.version.catalogIdInJava(named));
    if (catalog != null && catalog.hasBasicFunctions()) {
      return false;
    }
    if (catalog == null) {
      in.violation(GIVEN_CATALOG + ": " + Texts.quotedList(reader.knownIds(reader.catalogs.values())),
          "\"" + Texts.truncate(named) + "\"");
    } else {
      List<ComponentCatalog> withFunctions = new ArrayList<>();
      reader.catalogs.values().stream().filter(ComponentCatalog::hasBasicFunctions).forEach(withFunctions::add);
      in.violation(GIVEN_CATALOG + " that has " + owner + "'s function: "
          + Texts.quotedList(reader.knownIds(withFunctions)), "\"" + Texts.truncate(named) + "\", a catalog"
          + " without the basic functions");
    }
    in.skipValue();
    return true;
  }

  /** The ids of {@code catalogs} as this reader's version writes them, for messages. */
  private List<String> knownIds(Iterable<ComponentCatalog> catalogs) {
    List<String> known = new ArrayList<>();
    catalogs.forEach(each -> known.add(version.catalogIdOnWire(each.id())));
    return known;
  }

  private UpdateDataModel updateDataModel(WidgetReader in) {
    if (!in.beginObject("an updateDataModel object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String surfaceId = null;
    String path = null;
    DataValue value = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      switch (name) {
        case "surfaceId":
          present = in.seen(present, 1, name);
          surfaceId = in.readString();
          break;
        case "path":
          present = in.seen(present, 2, name);
          path = in.readString();
          break;
        case "value":
          present = in.seen(present, 4, name);
          // Any JSON. In v0.9 an explicit null is stored and an absent value deletes; in v1.0 null deletes.
          JsonNode tree = in.readTree();
          value = (version != A2uiVersion.V0_9 || nullAsAbsent) && tree.isNull() ? null : new DataValue.Tree(tree);
          break;
        default:
          in.unknownProperty(name, "updateDataModel", DATA_MODEL_PROPERTIES);
      }
    }
    required(in, present, 1, "surfaceId", "a string");
    if (version != A2uiVersion.V0_9) {
      required(in, present, 4, "value", "any JSON value, or null to delete");
    }
    return in.problemCount() == problems ? new UpdateDataModel(surfaceId, path, value) : null;
  }

  private DeleteSurface deleteSurface(WidgetReader in) {
    if (!in.beginObject("a deleteSurface object")) {
      return null;
    }
    int problems = in.problemCount();
    long present = 0;
    String surfaceId = null;
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      if (name.equals("surfaceId")) {
        present = in.seen(present, 1, name);
        surfaceId = in.readString();
      } else {
        in.unknownProperty(name, "deleteSurface", DELETE_PROPERTIES);
      }
    }
    required(in, present, 1, "surfaceId", "a string");
    return in.problemCount() == problems ? new DeleteSurface(surfaceId) : null;
  }

  /**
   * The data model of a model's answer: an object, or the list of its entries
   * ({@code [{"key": ..., "value": ...}]}) as the strict schema has the model write it, read as a
   * map is, each problem at its entry; null when it is neither.
   */
  private static JsonNode modelsDataModel(WidgetReader in) {
    if (!in.beginMap("the data model as an object")) {
      return null;
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      if (object.has(key)) {
        in.duplicateKey(key);
      }
      object.set(key, in.readTree());
    }
    return object;
  }

  /**
   * Keeps the value of a property the schema allows beyond the object's own in {@code others}; the
   * same key twice is a problem.
   */
  static void keepOther(WidgetReader in, Map<String, JsonNode> others, String name) {
    if (others.containsKey(name)) {
      in.duplicateKey(name);
    }
    others.put(name, in.readTree());
  }

  /** Records a required property that was absent; the reader is on the object's closing brace. */
  static void required(WidgetReader in, long present, long bit, String name, String expected) {
    if ((present & bit) == 0) {
      in.missingProperty(name, expected);
    }
  }
}
