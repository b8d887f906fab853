package dev.widgetry.processor.template.data;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.read.JsonNames;
import dev.widgetry.processor.template.file.JsonValue;
import dev.widgetry.processor.template.file.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code jsonSchema} of a {@code .widget} file into {@link DataType}s: the JSON Schema the
 * Widget Builder writes from its zod schemas ({@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code const}, nullable {@code anyOf},
 * {@code $ref} into {@code $defs}, and the string, number and array bounds). A keyword that would
 * change which data is valid and is not among these is reported, so no data the template was not
 * checked against can reach it.
 */
public final class SchemaReader {
  private static final Set<String> REFUSED = Set.of("allOf", "not", "if", "then", "else", "patternProperties",
      "prefixItems", "dependentRequired", "dependentSchemas", "propertyNames", "unevaluatedProperties",
      "unevaluatedItems", "contains", "minProperties", "maxProperties", "uniqueItems", "multipleOf");

  private final JsonValue.JObject root;
  private final List<Problem> problems;
  private final Set<String> resolving = new HashSet<>();

  private SchemaReader(JsonValue.JObject root, List<Problem> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** The data's type, an object; null with problems added when the schema cannot be read. */
  public static DataType.ObjectType read(JsonValue.JObject schema, String rootName, List<Problem> problems) {
    int before = problems.size();
    SchemaReader reader = new SchemaReader(schema, problems);
    if (schema.members().isEmpty()) {
      return new DataType.ObjectType(rootName, List.of(), true, schema.offset());
    }
    DataType type = reader.type(schema, rootName);
    if (problems.size() != before) {
      return null;
    }
    if (!(type instanceof DataType.ObjectType)) {
      problems.add(Problem.error(Message.TEMPLATE_SCHEMA, schema.offset(),
          "is not an object schema with properties", "the template's variables are the data's top-level properties"));
      return null;
    }
    return (DataType.ObjectType) type;
  }

  private DataType type(JsonValue value, String name) {
    if (value instanceof JsonValue.JBoolean && ((JsonValue.JBoolean) value).value()) {
      return new DataType.AnyType(value.offset());
    }
    if (!(value instanceof JsonValue.JObject)) {
      return refuse(value, "has a schema that is not an object", "write a JSON Schema object here");
    }
    JsonValue.JObject schema = (JsonValue.JObject) value;
    for (String keyword : schema.members().keySet()) {
      if (REFUSED.contains(keyword)) {
        return refuse(schema.members().get(keyword).value(), "uses \"" + keyword + "\", which widget templates do not support",
            "describe the data with type, properties, required, items, enum and anyOf with null");
      }
    }
    if (schema.get("$ref") != null) {
      return reference(schema.get("$ref"));
    }
    String title = text(schema.get("title"));
    String ownName = title != null && Names.isUsable(Names.upperCamel(title)) ? Names.upperCamel(title) : name;
    JsonValue union = schema.get("anyOf") != null ? schema.get("anyOf") : schema.get("oneOf");
    if (union != null) {
      return union(union, ownName);
    }
    JsonValue typeValue = schema.get("type");
    if (typeValue instanceof JsonValue.JArray) {
      return typeList((JsonValue.JArray) typeValue, schema, ownName);
    }
    String type = text(typeValue);
    if (typeValue != null && type == null) {
      return refuse(typeValue, "has a \"type\" that is not a string or a list of strings", "write a JSON Schema type name");
    }
    if (type == null) {
      type = schema.get("properties") != null ? "object"
          : schema.get("items") != null ? "array"
          : schema.get("enum") != null || schema.get("const") != null ? "string" : null;
    }
    if (type == null) {
      return new DataType.AnyType(schema.offset());
    }
    return typed(type, schema, ownName, typeValue == null ? schema : typeValue);
  }

  private DataType typed(String type, JsonValue.JObject schema, String name, JsonValue at) {
    switch (type) {
      case "string":
        return string(schema);
      case "integer":
      case "number":
        return new DataType.NumberType(type.equals("integer"), number(schema.get("minimum")), number(schema.get("maximum")),
            number(schema.get("exclusiveMinimum")), number(schema.get("exclusiveMaximum")), schema.offset());
      case "boolean":
        return new DataType.BooleanType(schema.offset());
      case "array":
        JsonValue items = schema.get("items");
        DataType element = items == null ? new DataType.AnyType(schema.offset()) : type(items, Names.singular(name));
        return element == null ? null
            : new DataType.ArrayType(element, integer(schema.get("minItems")), integer(schema.get("maxItems")), schema.offset());
      case "object":
        return object(schema, name);
      case "null":
        return refuse(at, "declares a value that is always null", "remove it, or give it another type");
      default:
        return refuse(at, "has the unknown type \"" + type + "\"",
            "use string, integer, number, boolean, array, object or null");
    }
  }

  private DataType string(JsonValue.JObject schema) {
    List<String> values = new ArrayList<>();
    JsonValue constant = schema.get("const");
    JsonValue options = schema.get("enum");
    if (constant != null) {
      if (!(constant instanceof JsonValue.JString)) {
        return refuse(constant, "has a const that is not a string", "use a string const, or type and enum");
      }
      values.add(((JsonValue.JString) constant).value());
    } else if (options != null) {
      if (!(options instanceof JsonValue.JArray) || ((JsonValue.JArray) options).items().isEmpty()) {
        return refuse(options, "has an enum that is not a list of strings", "list the strings the value may be");
      }
      for (JsonValue option : ((JsonValue.JArray) options).items()) {
        if (!(option instanceof JsonValue.JString)) {
          return refuse(option, "has an enum value that is not a string", "list only strings");
        }
        values.add(((JsonValue.JString) option).value());
      }
    }
    return new DataType.StringType(values, integer(schema.get("minLength")), integer(schema.get("maxLength")),
        text(schema.get("pattern")), text(schema.get("format")), schema.offset());
  }

  private DataType object(JsonValue.JObject schema, String name) {
    JsonValue additional = schema.get("additionalProperties");
    JsonValue properties = schema.get("properties");
    boolean closed = additional instanceof JsonValue.JBoolean && !((JsonValue.JBoolean) additional).value();
    if (properties == null || (properties instanceof JsonValue.JObject && ((JsonValue.JObject) properties).members().isEmpty())) {
      if (additional instanceof JsonValue.JObject) {
        DataType values = type(additional, Names.singular(name));
        return values == null ? null : new DataType.MapType(values, schema.offset());
      }
      if (!closed) {
        return new DataType.AnyType(schema.offset());
      }
    }
    if (additional instanceof JsonValue.JObject) {
      return refuse(additional, "gives additionalProperties a schema beside named properties",
          "name every property, or describe a map with additionalProperties alone");
    }
    if (properties != null && !(properties instanceof JsonValue.JObject)) {
      return refuse(properties, "has properties that are not an object", "map each property name to its schema");
    }
    Set<String> required = required(schema.get("required"));
    if (required == null) {
      return null;
    }
    List<DataType.DataProperty> list = new ArrayList<>();
    if (properties != null) {
      for (JsonValue.Member member : ((JsonValue.JObject) properties).members().values()) {
        String problem = member.key().isBlank() ? "is blank" : JsonNames.problem(member.key());
        if (problem != null) {
          problems.add(Problem.error(Message.TEMPLATE_SCHEMA, member.keyOffset(),
              "has a property name that " + problem, "a Java record component cannot carry it; rename the property"));
          return null;
        }
        DataType type = type(member.value(), Names.upperCamel(member.key()));
        if (type == null) {
          return null;
        }
        String description = member.value() instanceof JsonValue.JObject
            ? text(((JsonValue.JObject) member.value()).get("description")) : null;
        list.add(new DataType.DataProperty(member.key(), type, required.remove(member.key()),
            description == null ? "" : description, member.keyOffset()));
      }
    }
    if (!required.isEmpty()) {
      return refuse(schema.get("required"), "requires " + String.join(", ", required) + ", which it does not declare",
          "declare it under properties, or remove it from required");
    }
    return new DataType.ObjectType(name, list, !closed, schema.offset());
  }

  private Set<String> required(JsonValue value) {
    Set<String> names = new java.util.LinkedHashSet<>();
    if (value == null) {
      return names;
    }
    if (!(value instanceof JsonValue.JArray)) {
      refuse(value, "has a required that is not a list", "list the names of the required properties");
      return null;
    }
    for (JsonValue item : ((JsonValue.JArray) value).items()) {
      if (!(item instanceof JsonValue.JString)) {
        refuse(item, "has a required entry that is not a string", "list property names");
        return null;
      }
      names.add(((JsonValue.JString) item).value());
    }
    return names;
  }

  /** {@code anyOf}: with {@code {"type": "null"}} among two members, the other one made nullable; otherwise any JSON. */
  private DataType union(JsonValue union, String name) {
    if (!(union instanceof JsonValue.JArray)) {
      return refuse(union, "has an anyOf that is not a list", "list the schemas");
    }
    List<JsonValue> members = ((JsonValue.JArray) union).items();
    List<JsonValue> others = new ArrayList<>();
    boolean nullable = false;
    for (JsonValue member : members) {
      if (member instanceof JsonValue.JObject && "null".equals(text(((JsonValue.JObject) member).get("type")))
          && ((JsonValue.JObject) member).members().size() == 1) {
        nullable = true;
      } else {
        others.add(member);
      }
    }
    if (others.size() != 1) {
      return new DataType.AnyType(union.offset());
    }
    DataType type = type(others.get(0), name);
    return type == null ? null : nullable ? nullable(type) : type;
  }

  private DataType typeList(JsonValue.JArray types, JsonValue.JObject schema, String name) {
    List<String> names = new ArrayList<>();
    for (JsonValue item : types.items()) {
      String type = text(item);
      if (type == null) {
        return refuse(item, "has a type list with an entry that is not a string", "list type names");
      }
      names.add(type);
    }
    boolean nullable = names.remove("null");
    if (names.size() != 1) {
      return names.isEmpty()
          ? refuse(types, "declares a value that is always null", "remove it, or give it another type")
          : new DataType.AnyType(types.offset());
    }
    DataType type = typed(names.get(0), schema, name, types);
    return type == null ? null : nullable ? nullable(type) : type;
  }

  private static DataType nullable(DataType type) {
    return type instanceof DataType.Nullable ? type : new DataType.Nullable(type);
  }

  private DataType reference(JsonValue ref) {
    String path = text(ref);
    String definition = null;
    JsonValue.JObject definitions = null;
    for (String prefix : new String[] {"#/$defs/", "#/definitions/"}) {
      if (path != null && path.startsWith(prefix)) {
        definition = path.substring(prefix.length());
        JsonValue holder = root.get(prefix.substring(2, prefix.length() - 1));
        definitions = holder instanceof JsonValue.JObject ? (JsonValue.JObject) holder : null;
      }
    }
    if (definition == null || definitions == null || definitions.get(definition) == null) {
      return refuse(ref, "has a $ref this file does not define (" + path + ")", "refer to #/$defs/<name> in the same schema");
    }
    if (!resolving.add(definition)) {
      return refuse(ref, "refers to " + definition + " from inside itself", "widget templates render data of bounded depth");
    }
    DataType type = type(definitions.get(definition), Names.upperCamel(definition));
    resolving.remove(definition);
    return type;
  }

  private BigDecimal number(JsonValue value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonValue.JNumber)) {
      refuse(value, "has a bound that is not a number", "write a number");
      return null;
    }
    return ((JsonValue.JNumber) value).decimal();
  }

  private Integer integer(JsonValue value) {
    BigDecimal number = number(value);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      refuse(value, "has a length or count that is not a whole number", "write a whole number");
      return null;
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonValue.JString ? ((JsonValue.JString) value).value() : null;
  }

  private DataType refuse(JsonValue at, String what, String hint) {
    problems.add(Problem.error(Message.TEMPLATE_SCHEMA, at.offset(), what, hint));
    return null;
  }
}
