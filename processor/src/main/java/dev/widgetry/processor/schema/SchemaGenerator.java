package dev.widgetry.processor.schema;

import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.schema.internal.SchemaAssembler;
import dev.widgetry.schema.internal.SchemaParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a widget's JSON Schema (draft 2020-12) in two forms: the {@linkplain SchemaParts part} the
 * processor ships for it, which holds only its own definitions and refers to the widgets and enums
 * it reaches by name, and the complete document assembled from the parts (the widget inline at the
 * root, all it reaches under {@code $defs}), which the runtime assembles the same way for users.
 * Widgets of this compilation are described from their models; widgets compiled elsewhere are
 * embedded from the parts their own build shipped.
 */
public final class SchemaGenerator {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Function<JavaName, WidgetModel> models;
  private final Function<String, Map<String, Object>> shipped;
  /** The parts of this compilation's widgets, by id, built once. */
  private final Map<String, Map<String, Object>> parts = new HashMap<>();
  /** The parts other compilations shipped, by id, read once (empty when not found). */
  private final Map<String, Optional<Map<String, Object>>> shippedParts = new HashMap<>();
  private final SchemaAssembler assembler = new SchemaAssembler(this::partOf);

  /**
   * @param models the model of a widget in this compilation, or null
   * @param shipped the part another compilation shipped for a widget id, or null
   */
  public SchemaGenerator(Function<JavaName, WidgetModel> models, Function<String, Map<String, Object>> shipped) {
    this.models = models;
    this.shipped = shipped;
  }

  /** The part the processor ships for {@code widget}: its own definitions, references by name. */
  public Map<String, Object> part(WidgetModel widget) {
    String id = PartIds.id(widget.name());
    Map<String, Object> part = parts.get(id);
    if (part == null) {
      part = new Part(widget.name().simpleName()).widget(widget);
      parts.put(id, part);
    }
    return part;
  }

  /** The complete schema document of {@code root}. */
  public Map<String, Object> document(WidgetModel root) {
    return assembler.document(PartIds.id(root.name()), part(root));
  }

  /**
   * The schema document of an action's parameters: the payload record itself
   * ({@link #recordParameters}), or, for any other payload, an object with one property named after
   * the parameter (tool arguments are objects).
   *
   * @param payload the payload's type and name, or null for an action without one
   */
  public Map<String, Object> parameters(String title, String name, TypeUse payload) {
    Map<String, Object> record = recordParameters(payload);
    return record != null ? record : assembler.document(null, new Part(title).wrapper(name, payload));
  }

  /**
   * The payload's own document when it is a record written as an object, which a tool's arguments
   * then are; null for any other payload, which the arguments wrap, or none.
   */
  public Map<String, Object> recordParameters(TypeUse payload) {
    if (payload == null || !(payload.type() instanceof JsonType.WidgetRef)
        || ((JsonType.WidgetRef) payload.type()).kind() != JsonKind.OBJECT) {
      return null;
    }
    JavaName record = ((JsonType.WidgetRef) payload.type()).name();
    WidgetModel model = models.apply(record);
    if (model instanceof WidgetModel.RecordWidget) {
      return document(model);
    }
    Map<String, Object> shippedPart = model == null ? shipped(PartIds.id(record)) : null;
    if (shippedPart != null) {
      Map<String, Object> shippedDocument = assembler.document(PartIds.id(record), shippedPart);
      if ("object".equals(shippedDocument.get("type"))) {
        return shippedDocument;
      }
    }
    return null;
  }

  private Map<String, Object> partOf(String id) {
    WidgetModel model = models.apply(PartIds.name(id));
    return model != null ? part(model) : shipped(id);
  }

  private Map<String, Object> shipped(String id) {
    return shippedParts.computeIfAbsent(id, key -> Optional.ofNullable(shipped.apply(key))).orElse(null);
  }

  /** One part under construction: the references it makes and the enums it defines. */
  private final class Part {
    private final String title;
    private final Map<String, Object> references = new LinkedHashMap<>();
    private final Map<String, Object> enums = new LinkedHashMap<>();

    Part(String title) {
      this.title = title;
    }

    Map<String, Object> widget(WidgetModel widget) {
      Map<String, Object> part = start();
      part.putAll(widgetSchema(widget));
      return finish(part);
    }

    Map<String, Object> wrapper(String name, TypeUse payload) {
      Map<String, Object> part = start();
      part.put("type", "object");
      Map<String, Object> properties = new LinkedHashMap<>();
      if (payload != null) {
        properties.put(name, typeSchema(payload));
      }
      part.put("properties", properties);
      part.put("required", payload == null ? List.of() : List.of(name));
      part.put("additionalProperties", false);
      return finish(part);
    }

    private Map<String, Object> start() {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("$schema", DIALECT);
      part.put("title", title);
      return part;
    }

    private Map<String, Object> finish(Map<String, Object> part) {
      if (!enums.isEmpty()) {
        part.put("$defs", enums);
      }
      if (!references.isEmpty()) {
        part.put(SchemaParts.REFERENCES, references);
      }
      return part;
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
        choices.add(widgetRef(member.name()));
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
        JsonType.EnumType enumType = (JsonType.EnumType) type;
        String id = PartIds.id(enumType.name());
        if (!enums.containsKey(id)) {
          enums.put(id, enumSchema(enumType));
        }
        return reference(id, SchemaParts.ENUM);
      }
      if (type instanceof JsonType.WidgetRef) {
        return widgetRef(((JsonType.WidgetRef) type).name());
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

    /** A reference to a widget: of this compilation (a value record, or not), or compiled elsewhere. */
    private Map<String, Object> widgetRef(JavaName name) {
      String id = PartIds.id(name);
      WidgetModel model = models.apply(name);
      String kind;
      if (model == null) {
        kind = shipped(id) != null ? SchemaParts.EMBEDDED : SchemaParts.MISSING;
      } else if (model instanceof WidgetModel.RecordWidget && ((WidgetModel.RecordWidget) model).valueRecord()) {
        kind = SchemaParts.VALUE;
      } else {
        kind = SchemaParts.WIDGET;
      }
      return reference(id, kind);
    }

    private Map<String, Object> reference(String id, String kind) {
      references.put(id, kind);
      return SchemaParts.reference(id);
    }
  }

  private static Map<String, Object> enumSchema(JsonType.EnumType type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    putDescription(schema, type.description());
    schema.put("type", "string");
    List<Object> names = new ArrayList<>();
    type.constants().forEach(constant -> names.add(constant.jsonName()));
    schema.put("enum", names);
    return schema;
  }

  private static void putDescription(Map<String, Object> schema, String description) {
    if (!description.isEmpty()) {
      schema.put("description", description);
    }
  }
}
