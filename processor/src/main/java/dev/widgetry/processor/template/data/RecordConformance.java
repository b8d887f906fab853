package dev.widgetry.processor.template.data;

import dev.widgetry.processor.diag.Message;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.file.Problem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that a user's {@code @Widget} record can hold every value a {@code .widget} file's schema
 * allows: each schema property is a component (by JSON name) of a type that holds its values, and
 * may be absent or null in Java where the schema lets it be; no component the schema lacks is
 * required. Binds each schema object to the record that holds it.
 */
public final class RecordConformance {
  private final Function<JavaName, WidgetModel> models;
  private final List<Problem> problems;
  private final DataBinding binding = new DataBinding();

  private RecordConformance(Function<JavaName, WidgetModel> models, List<Problem> problems) {
    this.models = models;
    this.problems = problems;
  }

  /** The binding, or null with the mismatches added to {@code problems}. */
  public static DataBinding bind(DataType.ObjectType schema, WidgetModel.RecordWidget record,
      Function<JavaName, WidgetModel> models, List<Problem> problems) {
    int before = problems.size();
    RecordConformance conformance = new RecordConformance(models, problems);
    conformance.object(schema, record, "");
    return problems.size() == before ? conformance.binding : null;
  }

  private void object(DataType.ObjectType schema, WidgetModel.RecordWidget record, String path) {
    binding.bind(schema, record);
    String owner = "record " + record.name().nestedName();
    Set<String> declared = new HashSet<>();
    for (DataType.DataProperty property : schema.properties()) {
      declared.add(property.name());
      Property component = record.property(property.name());
      String at = path.isEmpty() ? property.name() : path + "." + property.name();
      if (component == null) {
        mismatch(property.offset(), owner, "it has no component for the property \"" + at
            + "\"; add one, or name it with @JsonProperty(\"" + property.name() + "\")");
        continue;
      }
      String problem = fits(property.type(), !property.required(), component.type().type(), at);
      if (problem != null) {
        mismatch(property.offset(), owner, record.name().simpleName() + "." + component.javaName() + " " + problem);
      }
    }
    for (Property component : record.properties()) {
      if (component.required() && !declared.contains(component.jsonName())) {
        mismatch(schema.offset(), owner, record.name().simpleName() + "." + component.javaName()
            + " is required, and the schema has no property \"" + component.jsonName()
            + "\" to fill it; make it optional or remove it");
      }
    }
  }

  /** Why a Java type cannot hold the values of a schema type, or null when it can. */
  private String fits(DataType type, boolean optional, JsonType java, String path) {
    boolean nullable = type instanceof DataType.Nullable;
    DataType schema = nullable ? ((DataType.Nullable) type).value() : type;
    JsonType held = java instanceof JsonType.OptionalOf ? ((JsonType.OptionalOf) java).element().type() : java;
    if (java instanceof JsonType.Scalar && ((JsonType.Scalar) java).primitive() && (optional || nullable)) {
      return "is a primitive, and the schema lets " + path + " be " + (nullable ? "null" : "left out")
          + "; use its boxed type or an Optional";
    }
    if (schema instanceof DataType.StringType) {
      return string((DataType.StringType) schema, held);
    }
    if (schema instanceof DataType.NumberType) {
      return number((DataType.NumberType) schema, held);
    }
    if (schema instanceof DataType.BooleanType) {
      return isScalar(held, ScalarKind.BOOLEAN) ? null : "cannot hold a boolean; use boolean or Boolean";
    }
    if (schema instanceof DataType.ArrayType) {
      if (!(held instanceof JsonType.Sequence) || ((JsonType.Sequence) held).sequence() != JsonType.SequenceKind.LIST) {
        return "cannot hold the list the schema declares; use List<...>";
      }
      return fits(((DataType.ArrayType) schema).items(), false, ((JsonType.Sequence) held).element().type(), path + "[]");
    }
    if (schema instanceof DataType.ObjectType) {
      WidgetModel model = held instanceof JsonType.WidgetRef ? models.apply(((JsonType.WidgetRef) held).name()) : null;
      if (!(model instanceof WidgetModel.RecordWidget) || ((WidgetModel.RecordWidget) model).valueRecord()) {
        return "cannot hold the object the schema declares; use a @Widget record with its properties";
      }
      object((DataType.ObjectType) schema, (WidgetModel.RecordWidget) model, path);
      return null;
    }
    if (schema instanceof DataType.MapType) {
      if (!(held instanceof JsonType.MapOf)) {
        return "cannot hold the map the schema declares; use Map<String, ...>";
      }
      return fits(((DataType.MapType) schema).values(), false, ((JsonType.MapOf) held).value().type(), path + "[*]");
    }
    return isScalar(held, ScalarKind.JSON_NODE) ? null : "cannot hold the JSON the schema leaves open; use JsonNode";
  }

  private static String string(DataType.StringType schema, JsonType held) {
    if (isScalar(held, ScalarKind.STRING)) {
      return null;
    }
    if (held instanceof JsonType.EnumType && !schema.values().isEmpty()) {
      Set<String> names = new HashSet<>();
      ((JsonType.EnumType) held).constants().forEach(constant -> names.add(constant.jsonName()));
      for (String value : schema.values()) {
        if (!names.contains(value)) {
          return "has no constant for \"" + value + "\", which the schema allows";
        }
      }
      return null;
    }
    return held instanceof JsonType.EnumType ? "is an enum, and the schema allows any string; use String"
        : "cannot hold a string; use String";
  }

  private static String number(DataType.NumberType schema, JsonType held) {
    if (!schema.integral()) {
      return isScalar(held, ScalarKind.DOUBLE) ? null : "cannot hold every number the schema allows; use double or Double";
    }
    if (isScalar(held, ScalarKind.LONG)) {
      return null;
    }
    if (isScalar(held, ScalarKind.INT)) {
      boolean bounded = within(schema.minimum(), schema.exclusiveMinimum()) && within(schema.maximum(), schema.exclusiveMaximum());
      return bounded ? null : "is an int, and the schema allows integers beyond its range; use long, or bound the"
          + " schema with minimum and maximum";
    }
    return "cannot hold an integer; use long or Long";
  }

  private static boolean within(BigDecimal bound, BigDecimal exclusive) {
    BigDecimal value = bound != null ? bound : exclusive;
    return value != null && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
  }

  private static boolean isScalar(JsonType type, ScalarKind kind) {
    return type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == kind;
  }

  private void mismatch(int offset, String owner, String detail) {
    problems.add(Problem.error(Message.TEMPLATE_RECORD_MISMATCH, offset, owner, detail));
  }
}
