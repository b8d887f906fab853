package dev.widgetry.processor.template.data;

import dev.widgetry.processor.model.Constraint;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.read.JsonNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans the {@code @Widget} data record generated for a {@code .widget} file from its schema: one
 * record per object (nested ones as nested records), an enum per string enum, components named
 * after the properties, and the schema's bounds carried as constraints. Required properties are
 * required components; optional and nullable ones are references that may be null.
 */
public final class DataRecords {
  /** The records to write, the root first, with the enums they use, and which record holds which object. */
  public record Plan(WidgetModel.RecordWidget root, List<WidgetModel.RecordWidget> nested,
      List<JsonType.EnumType> enums, DataBinding binding) {}

  private final JavaName root;
  private final Set<String> used = new HashSet<>();
  private final List<WidgetModel.RecordWidget> nested = new ArrayList<>();
  private final List<JsonType.EnumType> enums = new ArrayList<>();
  private final DataBinding binding = new DataBinding();

  private DataRecords(JavaName root) {
    this.root = root;
    used.add(root.simpleName());
  }

  /** @param description the root record's description: what file it is the data of */
  public static Plan plan(DataType.ObjectType schema, JavaName root, String description) {
    DataRecords records = new DataRecords(root);
    WidgetModel.RecordWidget record = records.record(schema, root, description);
    return new Plan(record, records.nested, records.enums, records.binding);
  }

  private WidgetModel.RecordWidget record(DataType.ObjectType schema, JavaName name, String description) {
    List<Property> properties = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (DataType.DataProperty property : schema.properties()) {
      String javaName = unique(Names.componentName(property.name()), javaNames);
      boolean nullable = property.type() instanceof DataType.Nullable;
      DataType type = nullable ? ((DataType.Nullable) property.type()).value() : property.type();
      boolean required = property.required() && !nullable;
      JsonType json = javaType(type, required, property.name());
      properties.add(new Property(javaName, property.name(), new TypeUse(json, constraints(type)), required,
          property.description(), false));
    }
    WidgetModel.RecordWidget record = new WidgetModel.RecordWidget(name, description, null, null, false, properties, true);
    binding.bind(schema, record);
    return record;
  }

  private JsonType javaType(DataType type, boolean required, String propertyName) {
    if (type instanceof DataType.Nullable) {
      return javaType(((DataType.Nullable) type).value(), false, propertyName);
    }
    if (type instanceof DataType.StringType) {
      DataType.StringType string = (DataType.StringType) type;
      return asEnum(string) ? enumType(string.values(), propertyName) : new JsonType.Scalar(ScalarKind.STRING, false);
    }
    if (type instanceof DataType.NumberType) {
      ScalarKind kind = ((DataType.NumberType) type).integral() ? ScalarKind.LONG : ScalarKind.DOUBLE;
      return new JsonType.Scalar(kind, required);
    }
    if (type instanceof DataType.BooleanType) {
      return new JsonType.Scalar(ScalarKind.BOOLEAN, required);
    }
    if (type instanceof DataType.ArrayType) {
      DataType items = ((DataType.ArrayType) type).items();
      JsonType element = javaType(items, false, Names.singular(Names.upperCamel(propertyName)));
      return new JsonType.Sequence(JsonType.SequenceKind.LIST, new TypeUse(element, constraints(items)));
    }
    if (type instanceof DataType.ObjectType) {
      DataType.ObjectType object = (DataType.ObjectType) type;
      JavaName name = nestedName(object.name());
      nested.add(null);
      int slot = nested.size() - 1;
      nested.set(slot, record(object, name, ""));
      return new JsonType.WidgetRef(name, dev.widgetry.processor.model.JsonKind.OBJECT);
    }
    if (type instanceof DataType.MapType) {
      DataType values = ((DataType.MapType) type).values();
      return new JsonType.MapOf(new TypeUse(javaType(values, false, propertyName), constraints(values)));
    }
    return new JsonType.Scalar(ScalarKind.JSON_NODE, false);
  }

  private JsonType.EnumType enumType(List<String> values, String propertyName) {
    JavaName name = nestedName(Names.upperCamel(propertyName));
    List<JsonType.EnumConstant> constants = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (String value : values) {
      constants.add(new JsonType.EnumConstant(unique(constantName(value), javaNames), value));
    }
    JsonType.EnumType type = new JsonType.EnumType(name, constants, "");
    enums.add(type);
    return type;
  }

  /**
   * Whether a string's enum becomes a Java enum: unless a value cannot be a constant's JSON name
   * (empty, padded with whitespace, or with control characters), when it stays a string whose
   * pattern lists the values.
   */
  private static boolean asEnum(DataType.StringType string) {
    return !string.values().isEmpty()
        && string.values().stream().allMatch(value -> !value.isEmpty() && JsonNames.problem(value) == null);
  }

  /** {@code "scale-down"} to {@code SCALE_DOWN}, {@code "2xl"} to {@code _2XL}. */
  static String constantName(String value) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1))) {
          name.append('_');
        }
        name.append(Character.toUpperCase(c));
      } else if (name.length() > 0 && name.charAt(name.length() - 1) != '_') {
        name.append('_');
      }
    }
    String text = name.toString().replaceAll("_+$", "");
    if (text.isEmpty()) {
      return "EMPTY";
    }
    return Character.isDigit(text.charAt(0)) ? "_" + text : text.toUpperCase(Locale.ROOT);
  }

  private JavaName nestedName(String wanted) {
    String base = Names.isUsable(wanted) ? wanted : "Item";
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + i;
    }
    List<String> simpleNames = new ArrayList<>(root.simpleNames());
    simpleNames.add(name);
    return new JavaName(root.packageName(), simpleNames);
  }

  private static String unique(String wanted, Set<String> used) {
    String name = wanted;
    for (int i = 2; !used.add(name); i++) {
      name = wanted + i;
    }
    return name;
  }

  /** The schema's bounds as the constraints the type mapping reads. */
  static List<Constraint> constraints(DataType type) {
    List<Constraint> constraints = new ArrayList<>();
    if (type instanceof DataType.Nullable) {
      return constraints(((DataType.Nullable) type).value());
    }
    if (type instanceof DataType.StringType) {
      DataType.StringType string = (DataType.StringType) type;
      if (!string.values().isEmpty() && !asEnum(string)) {
        List<String> quoted = new ArrayList<>();
        string.values().forEach(value -> quoted.add(java.util.regex.Pattern.quote(value)));
        constraints.add(new Constraint.Pattern(String.join("|", quoted)));
      }
      if (string.values().isEmpty()) {
        size(constraints, string.minLength(), string.maxLength());
        if (string.pattern() != null) {
          constraints.add(new Constraint.Pattern(string.pattern()));
        }
        if ("email".equals(string.format())) {
          constraints.add(new Constraint.Email());
        }
      }
    } else if (type instanceof DataType.ArrayType) {
      DataType.ArrayType array = (DataType.ArrayType) type;
      size(constraints, array.minItems(), array.maxItems());
    } else if (type instanceof DataType.NumberType) {
      DataType.NumberType number = (DataType.NumberType) type;
      bound(constraints, true, number.minimum(), false);
      bound(constraints, true, number.exclusiveMinimum(), true);
      bound(constraints, false, number.maximum(), false);
      bound(constraints, false, number.exclusiveMaximum(), true);
    }
    return constraints;
  }

  private static void size(List<Constraint> constraints, Integer min, Integer max) {
    if (min != null || max != null) {
      constraints.add(new Constraint.Size(min == null ? 0 : min, max == null ? Integer.MAX_VALUE : max));
    }
  }

  private static void bound(List<Constraint> constraints, boolean lower, BigDecimal value, boolean exclusive) {
    if (value != null) {
      constraints.add(new Constraint.Bound(lower, value, exclusive));
    }
  }
}
