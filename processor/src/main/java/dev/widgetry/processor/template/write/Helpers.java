package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.check.Conversion;
import dev.widgetry.processor.template.data.Names;
import dev.widgetry.processor.write.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The private static methods a template class gets beside {@code render}: enum names both ways,
 * data records to catalog records, maps and payload trees, and lists of those. Each is written once,
 * the first time it is needed, and named after what it makes.
 */
final class Helpers {
  private final Context context;
  private final Map<Object, String> names = new LinkedHashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private final LocalNames methodNames = new LocalNames("render");

  Helpers(Context context) {
    this.context = context;
  }

  List<MethodSpec> methods() {
    return methods;
  }

  private interface Body {
    void write(Context helper, MethodSpec.Builder method, String parameter);
  }

  /** The helper for {@code key}, written by {@code body} the first time. */
  private String helper(Object key, String base, TypeName returns, TypeName parameter, String parameterName, Body body) {
    String existing = names.get(key);
    if (existing != null) {
      return existing;
    }
    String name = methodNames.fresh(base);
    names.put(key, name);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns)
        .addParameter(parameter, parameterName);
    Context helper = context.forHelper(parameterName);
    body.write(helper, method, parameterName);
    method.addCode(helper.code.build());
    methods.add(method.build());
    return name;
  }

  /** {@code Cabin} to its JSON name; null stays null. */
  String enumName(JsonType.EnumType type) {
    TypeName enumClass = TypeNames.of(type.name());
    return helper(List.of("name", type.name()), Names.lowerCamel(type.name().simpleName()) + "Name", JavaTypes.STRING,
        enumClass, "value",
        (helper, method, value) -> {
          CodeBlock.Builder cases = CodeBlock.builder();
          for (JsonType.EnumConstant constant : type.constants()) {
            cases.add("case $N -> $S;\n", constant.javaName(), constant.jsonName());
          }
          method.addJavadoc("The JSON name of {@code value}; null for null.\n");
          helper.code.add("return $N == null ? null : switch ($N) {\n$>$L$<};\n", value, value, cases.build());
        });
  }

  /** A JSON name, one of those the template may give, to the catalog enum constant it names. */
  String enumConstant(Conversion.EnumConstant conversion) {
    JsonType.EnumType type = conversion.target();
    TypeName enumClass = TypeNames.of(type.name());
    String base = Names.lowerCamel(String.join("", type.name().simpleNames()));
    return helper(conversion, base, enumClass, JavaTypes.STRING, "value",
        (helper, method, value) -> {
          method.addJavadoc("The {@code $L} whose JSON name is {@code $N}.\n", type.name().nestedName(), value);
          helper.code.beginControlFlow("switch ($N)", value);
          for (JsonType.EnumConstant constant : type.constants()) {
            if (conversion.values().contains(constant.jsonName())) {
              helper.code.add("case $S:\n$>return $T.$N;\n$<", constant.jsonName(), enumClass, constant.javaName());
            }
          }
          helper.code.add("default:\n$>throw $T.notOneOf($N, $S);\n$<", Runtime.JINJA, value, type.name().nestedName());
          helper.code.endControlFlow();
        });
  }

  /** A list or map of the data whose elements need converting to template values. */
  String canonical(JsonType type) {
    TypeName source = TypeNames.of(type);
    TypeName target = DataReads.canonicalType(type);
    return helper(List.of("canonical", type), "templateValues", target, source, "values",
        (helper, method, values) -> {
          method.addJavadoc("The values of {@code $N} as template values; null for null.\n", values);
          helper.code.addStatement("if ($N == null) return null", values);
          if (type instanceof JsonType.Sequence) {
            JsonType element = ((JsonType.Sequence) type).element().type();
            TypeName elementType = TypeNames.of(element).box();
            helper.code.addStatement("$T result = new $T<>()", target, java.util.ArrayList.class);
            helper.code.beginControlFlow("for ($T element : $N)", elementType, values);
            helper.code.addStatement("result.add($L)",
                DataReads.read(helper, CodeBlock.of("element"), element).as(DataReads.canonicalType(element)));
          } else {
            JsonType value = ((JsonType.MapOf) type).value().type();
            helper.code.addStatement("$T result = new $T<>()", target, java.util.LinkedHashMap.class);
            helper.code.beginControlFlow("for ($T.Entry<String, $T> entry : $N.entrySet())", Map.class,
                TypeNames.of(value).box(), values);
            helper.code.addStatement("result.put(entry.getKey(), $L)",
                DataReads.read(helper, CodeBlock.of("entry.getValue()"), value).as(DataReads.canonicalType(value)));
          }
          helper.code.endControlFlow();
          helper.code.addStatement("return result");
        });
  }

  /** A data record as the payload tree chatkit-python would send: absent and null fields left out. */
  String json(JavaName record) {
    WidgetModel.RecordWidget model = (WidgetModel.RecordWidget) context.models.apply(record);
    return helper(List.of("json", record), Names.lowerCamel(record.simpleName()) + "Json", Runtime.OBJECT_NODE,
        TypeNames.of(record), "value", (helper, method, value) -> {
          method.addJavadoc("{@code $N} as JSON, without the nulls chatkit-python drops.\n", value);
          helper.code.addStatement("$T node = $T.object()", Runtime.OBJECT_NODE, Runtime.TEMPLATE_JSON);
          for (Property property : model.properties()) {
            JavaValue field = DataReads.read(helper, CodeBlock.of("$N.$N()", value, property.javaName()),
                property.type().type());
            helper.code.addStatement("$T.put(node, $S, $L)", Runtime.TEMPLATE_JSON, property.jsonName(),
                jsonOf(helper, field, property.type().type()));
          }
          helper.code.addStatement("return node");
        });
  }

  /** A template value read from the data, in the form {@code TemplateJson} takes. */
  CodeBlock jsonOf(Context helper, JavaValue value, JsonType type) {
    JsonType inner = type instanceof JsonType.OptionalOf ? ((JsonType.OptionalOf) type).element().type() : type;
    if (inner instanceof JsonType.WidgetRef) {
      WidgetModel model = context.models.apply(((JsonType.WidgetRef) inner).name());
      if (model instanceof WidgetModel.RecordWidget) {
        return CodeBlock.of("$L == null ? null : $N($L)", value.code(), json(model.name()), value.code());
      }
    }
    if (inner instanceof JsonType.Sequence && needsJsonHelper(((JsonType.Sequence) inner).element().type())) {
      return CodeBlock.of("$N($L)", jsonList((JsonType.Sequence) inner), value.code());
    }
    if (inner instanceof JsonType.MapOf && needsJsonHelper(((JsonType.MapOf) inner).value().type())) {
      throw new IllegalStateException("maps of records in payloads are refused by the checker");
    }
    return value.primitive() ? value.as(JavaTypes.OBJECT) : value.code();
  }

  private boolean needsJsonHelper(JsonType element) {
    return element instanceof JsonType.WidgetRef || element instanceof JsonType.Sequence;
  }

  private String jsonList(JsonType.Sequence type) {
    TypeName canonical = DataReads.canonicalType(type);
    return helper(List.of("jsonList", type), "jsonList", Runtime.ARRAY_NODE, canonical, "values",
        (helper, method, values) -> {
          JsonType element = type.element().type();
          TypeName elementType = DataReads.canonicalType(element);
          helper.code.addStatement("if ($N == null) return null", values);
          helper.code.addStatement("$T array = $T.array()", Runtime.ARRAY_NODE, Runtime.TEMPLATE_JSON);
          helper.code.beginControlFlow("for ($T element : $N)", elementType, values);
          helper.code.addStatement("$T.add(array, $L)", Runtime.TEMPLATE_JSON,
              jsonOf(helper, new JavaValue(CodeBlock.of("element"), elementType), element));
          helper.code.endControlFlow();
          helper.code.addStatement("return array");
        });
  }

  /** A data record to a catalog record, field by field. */
  String fromData(Conversion.FromData conversion) {
    TypeName target = TypeNames.of(conversion.target().name());
    return helper(conversion, "to" + conversion.target().name().simpleName(), target,
        TypeNames.of(conversion.data()), "value", (helper, method, value) -> {
          method.addJavadoc("The {@code $L} that {@code $N} describes.\n", conversion.target().name().nestedName(), value);
          WidgetModel.RecordWidget data = (WidgetModel.RecordWidget) context.models.apply(conversion.data());
          List<RecordBuild.Prop> props = new ArrayList<>();
          for (Conversion.Field field : conversion.fields()) {
            Property component = component(data, field.dataField());
            JavaValue read = DataReads.read(helper, CodeBlock.of("$N.$N()", value, component.javaName()),
                component.type().type());
            Conversion fieldConversion = field.optional() ? new Conversion.Nullable(field.conversion()) : field.conversion();
            props.add(new RecordBuild.Prop(field.prop(),
                Conversions.apply(helper, fieldConversion, read, null, JavaTypes.ofProp(field.prop().type().type())),
                field.optional()));
          }
          helper.code.addStatement("return $L", RecordBuild.expression(helper, conversion.target(), props));
        });
  }

  /** Each element of a data list converted. */
  String listOf(Conversion.ListOf conversion, TypeName source, TypeName sourceElement) {
    TypeName elementType = TypeNames.of(conversion.target().element()).box();
    TypeName target = ParameterizedTypeName.get(JavaTypes.LIST, elementType);
    return helper(List.of("list", conversion, source), "to" + simple(elementType) + "List", target, source, "values",
        (helper, method, values) -> {
          helper.code.addStatement("$T result = new $T<>($N.size())", target, java.util.ArrayList.class, values);
          helper.code.beginControlFlow("for ($T element : $N)", sourceElement, values);
          JavaValue converted = Conversions.apply(helper, conversion.element(),
              new JavaValue(CodeBlock.of("element"), sourceElement), null, elementType);
          helper.code.addStatement("result.add($L)", converted.as(elementType));
          helper.code.endControlFlow();
          helper.code.addStatement("return result");
        });
  }

  /** Each value of a data map converted. */
  String mapOf(Conversion.MapOf conversion, TypeName source, TypeName sourceValue, TypeName targetValue) {
    TypeName target = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, targetValue);
    return helper(List.of("map", conversion, source), "to" + simple(targetValue) + "Map", target, source, "values",
        (helper, method, values) -> {
          helper.code.addStatement("$T result = new $T<>()", target, java.util.LinkedHashMap.class);
          helper.code.beginControlFlow("for ($T.Entry<String, $T> entry : $N.entrySet())", Map.class, sourceValue, values);
          JavaValue converted = Conversions.apply(helper, conversion.value(),
              new JavaValue(CodeBlock.of("entry.getValue()"), sourceValue), null, targetValue);
          helper.code.addStatement("result.put(entry.getKey(), $L)", converted.as(targetValue));
          helper.code.endControlFlow();
          helper.code.addStatement("return result");
        });
  }

  /** A data record to a map of its present fields. */
  String fieldsToMap(Conversion.FieldsToMap conversion, TypeName targetValue) {
    TypeName target = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, targetValue);
    return helper(conversion, "to" + simple(targetValue) + "Map", target, TypeNames.of(conversion.data()), "value",
        (helper, method, value) -> {
          WidgetModel.RecordWidget data = (WidgetModel.RecordWidget) context.models.apply(conversion.data());
          helper.code.addStatement("$T result = new $T<>()", target, java.util.LinkedHashMap.class);
          for (Conversion.Field field : conversion.fields()) {
            Property component = component(data, field.dataField());
            JavaValue read = DataReads.read(helper, CodeBlock.of("$N.$N()", value, component.javaName()),
                component.type().type());
            JavaValue converted = Conversions.apply(helper,
                field.optional() ? new Conversion.Nullable(field.conversion()) : field.conversion(), read, null, targetValue);
            if (field.optional()) {
              String temp = helper.local(field.dataField(), new JavaValue(converted.as(targetValue), targetValue));
              helper.code.beginControlFlow("if ($N != null)", temp);
              helper.code.addStatement("result.put($S, $N)", field.dataField(), temp);
              helper.code.endControlFlow();
            } else {
              helper.code.addStatement("result.put($S, $L)", field.dataField(), converted.as(targetValue));
            }
          }
          helper.code.addStatement("return result");
        });
  }

  /** Python's truthiness of a data object that may have no field: {@code {}} is false. */
  String present(JavaName record) {
    WidgetModel.RecordWidget model = (WidgetModel.RecordWidget) context.models.apply(record);
    return helper(List.of("present", record), "isPresent", TypeName.BOOLEAN, TypeNames.of(record), "value",
        (helper, method, value) -> {
          method.addJavadoc("Whether {@code $N} has a field: an object without any is false in Jinja.\n", value);
          CodeBlock.Builder test = CodeBlock.builder().add("$N != null && (false", value);
          for (Property property : model.properties()) {
            test.add(" || $N.$N() != null", value, property.javaName());
          }
          helper.code.addStatement("return $L)", test.build());
        });
  }

  private static Property component(WidgetModel.RecordWidget record, String jsonName) {
    Property component = record.property(jsonName);
    if (component == null) {
      throw new IllegalStateException(record.name() + " has no component " + jsonName);
    }
    return component;
  }

  private static String simple(TypeName type) {
    String text = type.toString();
    String last = text.substring(text.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9]", "");
    return last.isEmpty() ? "Value" : last;
  }
}
