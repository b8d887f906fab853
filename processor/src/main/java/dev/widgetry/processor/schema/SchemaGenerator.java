package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes a widget's JSON Schema (draft 2020-12): the widget inline at the root, and every record,
 * union and enum it reaches under {@code $defs}. Widgets of this compilation are described from
 * their models; widgets compiled elsewhere are embedded from the schema their own build shipped.
 *
 * <p>Every document holds the definitions of all it reaches, so a widget reached from many others
 * is defined in each of their documents. Its definition is built once and the same map is put in
 * every document where it comes out the same: where the definitions it refers to get the same keys,
 * and it refers neither to the document's root nor to a widget compiled elsewhere. Those maps are
 * {@linkplain #recurring() recurring}: never changed, and printed once.
 */
public final class SchemaGenerator {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Function<JavaName, WidgetModel> models;
  private final Function<JavaName, Map<String, Object>> shipped;
  /** Definitions built for earlier documents, by widget, with the references that shaped them. */
  private final Map<JavaName, Definition> definitions = new HashMap<>();
  private final RecurringTrees recurring = new RecurringTrees();

  /**
   * @param models the model of a widget in this compilation, or null
   * @param shipped the schema document another compilation shipped for a widget, or null
   */
  public SchemaGenerator(Function<JavaName, WidgetModel> models, Function<JavaName, Map<String, Object>> shipped) {
    this.models = models;
    this.shipped = shipped;
  }

  /** The definitions shared by the documents this generator builds. */
  public RecurringTrees recurring() {
    return recurring;
  }

  /** The complete schema document of {@code root}. */
  public Map<String, Object> document(WidgetModel root) {
    return new Document(root).build();
  }

  /**
   * The schema document of an action's parameters: the payload record itself, or, for any other
   * payload, an object with one property named after the parameter (tool arguments are objects).
   *
   * @param payload the payload's type and name, or null for an action without one
   */
  public Map<String, Object> parameters(String title, String name, TypeUse payload) {
    if (payload != null && payload.type() instanceof JsonType.WidgetRef
        && ((JsonType.WidgetRef) payload.type()).kind() == JsonKind.OBJECT) {
      JavaName record = ((JsonType.WidgetRef) payload.type()).name();
      WidgetModel model = models.apply(record);
      if (model instanceof WidgetModel.RecordWidget) {
        return document(model);
      }
      Map<String, Object> shippedDocument = model == null ? shipped.apply(record) : null;
      if (shippedDocument != null && "object".equals(shippedDocument.get("type"))) {
        return shippedDocument;
      }
    }
    return new Document(null).wrapper(title, name, payload);
  }

  /** One document under construction: the {@code $defs} it collects and the keys it gave them. */
  private final class Document {
    private final WidgetModel root;
    private final Map<Object, String> keys = new LinkedHashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, Object> defs = new LinkedHashMap<>();
    private final Deque<Object> pending = new ArrayDeque<>();
    private final Set<JavaName> inlining = new HashSet<>();
    /** The references the definition being built makes, in order; null when none is being built. */
    private List<Reference> recording;
    /** Whether the definition being built may be reused by other documents. */
    private boolean reusable;

    Document(WidgetModel root) {
      this.root = root;
    }

    Map<String, Object> build() {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("$schema", DIALECT);
      document.put("title", root.name().simpleName());
      document.putAll(widgetSchema(root));
      return finish(document);
    }

    Map<String, Object> wrapper(String title, String name, TypeUse payload) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("$schema", DIALECT);
      document.put("title", title);
      document.put("type", "object");
      Map<String, Object> properties = new LinkedHashMap<>();
      if (payload != null) {
        properties.put(name, typeSchema(payload));
      }
      document.put("properties", properties);
      document.put("required", payload == null ? List.of() : List.of(name));
      document.put("additionalProperties", false);
      return finish(document);
    }

    private Map<String, Object> finish(Map<String, Object> document) {
      while (!pending.isEmpty()) {
        Object next = pending.poll();
        defs.put(keys.get(next), next instanceof JsonType.EnumType
            ? enumSchema((JsonType.EnumType) next)
            : definition((JavaName) next));
      }
      if (!defs.isEmpty()) {
        document.put("$defs", new TreeMap<>(defs));
      }
      return document;
    }

    /** The definition of a widget of this compilation: one built before if it comes out the same. */
    private Map<String, Object> definition(JavaName name) {
      Definition earlier = definitions.get(name);
      if (earlier != null && replays(earlier)) {
        return earlier.schema();
      }
      recording = new ArrayList<>();
      reusable = true;
      Map<String, Object> schema = widgetSchema(models.apply(name));
      if (reusable) {
        definitions.put(name, new Definition(schema, List.copyOf(recording)));
        recurring.add(schema);
      }
      recording = null;
      return schema;
    }

    /**
     * Makes an earlier definition's references in this document, in the same order; whether each
     * got the key it got there. Building the definition afresh makes the same references first,
     * so one that does not replay leaves nothing a fresh build would not have done.
     */
    private boolean replays(Definition earlier) {
      for (Reference reference : earlier.references()) {
        if (root != null && reference.name().equals(root.name())) {
          return false;
        }
      }
      for (Reference reference : earlier.references()) {
        if (!key(reference.identity(), reference.name()).equals(reference.key())) {
          return false;
        }
      }
      return true;
    }

    private Map<String, Object> widgetSchema(WidgetModel model) {
      Map<String, Object> schema = new LinkedHashMap<>();
      putDescription(schema, model.description());
      if (model instanceof WidgetModel.RecordWidget) {
        WidgetModel.RecordWidget record = (WidgetModel.RecordWidget) model;
        if (record.valueRecord()) {
          Property value = record.properties().get(0);
          if (model.description().isEmpty()) {
            putDescription(schema, value.description());
          }
          schema.putAll(typeSchema(value.type()));
        } else {
          objectSchema(record, schema);
        }
      } else {
        unionSchema((WidgetModel.UnionWidget) model, schema);
      }
      return schema;
    }

    private void objectSchema(WidgetModel.RecordWidget record, Map<String, Object> schema) {
      schema.put("type", "object");
      Map<String, Object> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      if (record.tag() != null) {
        Map<String, Object> tag = new LinkedHashMap<>();
        tag.put("type", "string");
        tag.put("const", record.tag());
        properties.put(record.discriminator(), tag);
        required.add(record.discriminator());
      }
      for (Property property : record.properties()) {
        Map<String, Object> propertySchema = new LinkedHashMap<>();
        putDescription(propertySchema, property.description());
        propertySchema.putAll(typeSchema(property.type()));
        properties.put(property.jsonName(), propertySchema);
        if (property.required()) {
          required.add(property.jsonName());
        }
      }
      schema.put("properties", properties);
      if (!required.isEmpty()) {
        schema.put("required", required);
      }
      schema.put("additionalProperties", false);
    }

    private void unionSchema(WidgetModel.UnionWidget union, Map<String, Object> schema) {
      List<Object> choices = new ArrayList<>();
      for (WidgetModel.UnionMember member : union.members()) {
        choices.add(widgetRef(new JsonType.WidgetRef(member.name(), member.kind())));
      }
      schema.put(union.tagged() ? "oneOf" : "anyOf", choices);
    }

    private Map<String, Object> typeSchema(TypeUse use) {
      JsonType type = use.type();
      if (type instanceof JsonType.Scalar) {
        return Keywords.scalar(((JsonType.Scalar) type).scalar(), use.constraints());
      }
      if (type instanceof JsonType.OptionalOf) {
        return typeSchema(((JsonType.OptionalOf) type).element());
      }
      if (type instanceof JsonType.EnumType) {
        return ref(type, ((JsonType.EnumType) type).name());
      }
      if (type instanceof JsonType.WidgetRef) {
        return widgetRef((JsonType.WidgetRef) type);
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      if (type instanceof JsonType.Sequence) {
        JsonType.Sequence sequence = (JsonType.Sequence) type;
        schema.put("type", "array");
        schema.put("items", typeSchema(sequence.element()));
        if (sequence.sequence() == JsonType.SequenceKind.SET) {
          schema.put("uniqueItems", true);
        }
      } else {
        schema.put("type", "object");
        schema.put("additionalProperties", typeSchema(((JsonType.MapOf) type).value()));
      }
      Keywords.constrain(schema, use.constraints(), Keywords.Target.of(type));
      return schema;
    }

    /** A value record is inlined (it is just a number or a string); anything else is a reference. */
    private Map<String, Object> widgetRef(JsonType.WidgetRef ref) {
      if (root != null && ref.name().equals(root.name())) {
        reusable = false;
        return Map.of("$ref", "#");
      }
      WidgetModel model = models.apply(ref.name());
      if (model instanceof WidgetModel.RecordWidget
          && ((WidgetModel.RecordWidget) model).valueRecord()
          && inlining.add(ref.name())) {
        Map<String, Object> inline = widgetSchema(model);
        inlining.remove(ref.name());
        return inline;
      }
      if (model == null) {
        reusable = false;
        return embedded(ref.name());
      }
      return ref(ref.name(), ref.name());
    }

    private Map<String, Object> ref(Object identity, JavaName name) {
      String key = key(identity, name);
      if (recording != null) {
        recording.add(new Reference(identity, name, key));
      }
      return refTo(key);
    }

    /** The key of a definition in this document's $defs, allocated and queued the first time. */
    private String key(Object identity, JavaName name) {
      String key = keys.get(identity);
      if (key == null) {
        key = allocate(name);
        keys.put(identity, key);
        pending.add(identity);
      }
      return key;
    }

    /** A widget from another compilation: its shipped document, merged into this one's $defs. */
    private Map<String, Object> embedded(JavaName name) {
      String key = keys.get(name);
      if (key != null) {
        return refTo(key);
      }
      key = allocate(name);
      keys.put(name, key);
      Map<String, Object> document = shipped.apply(name);
      if (document == null) {
        defs.put(key, Map.of("description", "The schema of " + name + " was not found at compile time."));
        return refTo(key);
      }
      new Embedding(defs, usedKeys).embed(document, key);
      return refTo(key);
    }

    private String allocate(JavaName name) {
      String key = usedKeys.contains(name.nestedName()) ? name.canonicalName() : name.nestedName();
      usedKeys.add(key);
      return key;
    }
  }

  /** A definition and the references it made, in order: an enum's or a widget's identity, its name, its key. */
  private record Definition(Map<String, Object> schema, List<Reference> references) {}

  private record Reference(Object identity, JavaName name, String key) {}

  private Map<String, Object> enumSchema(JsonType.EnumType type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    putDescription(schema, type.description());
    schema.put("type", "string");
    List<Object> names = new ArrayList<>();
    type.constants().forEach(constant -> names.add(constant.jsonName()));
    schema.put("enum", names);
    return schema;
  }

  private static Map<String, Object> refTo(String key) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + key);
    return ref;
  }

  private static void putDescription(Map<String, Object> schema, String description) {
    if (!description.isEmpty()) {
      schema.put("description", description);
    }
  }
}
