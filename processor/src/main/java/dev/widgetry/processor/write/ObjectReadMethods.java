package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the read side of an object codec: {@code read}, and for a union member the
 * {@code readProperties(in, typeRead)} the union calls. The property loop marks each property's
 * presence bit, switches on its position, applies version gates, reports missing required properties,
 * and calls the canonical constructor only when no problem was reported. The constants it refers to
 * are declared by {@link ObjectCodecWriter}, which also writes {@code write}.
 */
final class ObjectReadMethods {
  private final WidgetModel.RecordWidget record;
  private final ValueCode values;
  private final ConstraintCode constraints;
  private final ClassName recordClass;
  /** The field holding the union member's tag, or null when the record is no union member. */
  private final String typeNameField;
  private final String propertiesField;
  /** The field with {@link #propertiesField}'s names pre-encoded, which the loop asks the parser for. */
  private final String orderField;
  /** The field mapping each prop that only some A2UI versions have to those versions, or null. */
  private final String versionsField;

  /**
   * The field names are those {@link ObjectCodecWriter} declared; {@code context} and {@code values} are
   * the codec's, so the helper methods the read side needs are collected beside those of {@code write}.
   */
  ObjectReadMethods(WidgetModel.RecordWidget record, CodecContext context, ValueCode values,
      String typeNameField, String propertiesField, String orderField, String versionsField) {
    this.record = record;
    this.values = values;
    this.constraints = new ConstraintCode(context);
    this.recordClass = TypeNames.of(record.name());
    this.typeNameField = typeNameField;
    this.propertiesField = propertiesField;
    this.orderField = orderField;
    this.versionsField = versionsField;
  }

  /** Adds {@code read} (and {@code readProperties} for a union member) to the codec. */
  void addTo(TypeSpec.Builder type) {
    if (record.tag() != null) {
      type.addMethod(readDelegatingMethod());
      type.addMethod(readPropertiesMethod(true));
    } else {
      type.addMethod(readPropertiesMethod(false));
    }
  }

  private MethodSpec readDelegatingMethod() {
    return MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(recordClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .beginControlFlow("if (!in.beginObject($S))", ExpectedText.of(new JsonType.WidgetRef(record.name(), record.kind())))
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return readProperties(in, false)")
        .build();
  }

  /**
   * The property loop. For a union member it is a method of its own, {@code readProperties(in,
   * typeRead)}, which the union calls after it has read the tag itself.
   */
  private MethodSpec readPropertiesMethod(boolean member) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(member ? "readProperties" : "read")
        .addModifiers(Modifier.PUBLIC)
        .returns(recordClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in");
    UniqueNames locals = new UniqueNames();
    locals.newName("in");
    if (member) {
      locals.newName("typeRead");
      method.addJavadoc("Reads the properties of a $T object whose opening brace has been read; {@code typeRead}\n"
              + "tells whether its {@code \"$L\"} has been read too.\n", recordClass, record.discriminator())
          .addParameter(TypeName.BOOLEAN, "typeRead");
    } else {
      method.addAnnotation(Override.class)
          .beginControlFlow("if (!in.beginObject($S))", ExpectedText.of(new JsonType.WidgetRef(record.name(), record.kind())))
          .addStatement("return null")
          .endControlFlow();
    }
    String problems = locals.newName("problems");
    method.addStatement("int $N = in.problemCount()", problems);
    PresenceBits bits = new PresenceBits(record.properties().size() + (member ? 1 : 0), locals);
    if (member) {
      method.addCode(bits.declare(CodeBlock.of("typeRead ? $L : 0L", bits.mask(0))));
    } else {
      method.addCode(bits.declare(CodeBlock.of("0L")));
    }
    List<String> variables = new ArrayList<>();
    // Here and in the cases below, names go in as text rather than as format arguments: JavaPoet
    // splits every piece it emits with a regex (see MemberCall).
    for (Property property : record.properties()) {
      String variable = locals.newName(RecordCode.localName(property.javaName()));
      variables.add(variable);
      method.addCode("$T$L", localType(property), " " + variable + " = " + initialValue(property) + ";\n");
    }
    String index = locals.newName("index");
    // A switch on the name's position rather than on the name: javac compiles a switch on strings
    // into a second switch on their hash codes with a call to equals each, and a name in order is
    // matched by the reader without being looked up.
    // A member whose tag was read first expects the name after the tag first.
    String first = member ? "typeRead ? 1 : 0" : "0";
    method.addCode("// Each name's position in $N; the one after it is the name expected next.\n", orderField)
        .beginControlFlow("for (int $N = in.nextProperty($N, $L);$W$N != $T.END;$W$N = in.nextProperty($N, $N + 1))",
            index, orderField, first, index, RuntimeNames.PROPERTY_ORDER, index, orderField, index)
        .beginControlFlow("switch ($N)", index);
    int offset = member ? 1 : 0;
    if (member) {
      method.addCode("case 0: // $S\n$>", record.discriminator())
          .addCode(bits.mark(0))
          .addStatement("in.expectTag($N.value())", typeNameField)
          .addStatement("break$<");
    }
    for (int i = 0; i < record.properties().size(); i++) {
      Property property = record.properties().get(i);
      String variable = variables.get(i);
      method.addCode("$L$S\n$>", "case " + (i + offset) + ": // ", property.jsonName());
      if (property.versioned()) {
        method.beginControlFlow("if ($T.refused(in, $S, $S, $S, $N, $N))", RuntimeNames.A2UI_VERSION_GATE,
                property.jsonName(), record.name().simpleName(), member ? record.discriminator() : null,
                propertiesField, versionsField)
            .addStatement("break")
            .endControlFlow();
      }
      method.addCode(bits.mark(i + offset));
      if (property.bindableSince() != null) {
        method.beginControlFlow("if ($T.refusedBinding(in, $L, $S, $S))", RuntimeNames.A2UI_VERSION_GATE,
                ObjectCodecWriter.bound(property.bindableSince()), record.name().nestedName(), property.jsonName())
            .addStatement("break")
            .endControlFlow();
      }
      method.addCode(readProperty(property, variable))
          .addCode("break;\n$<");
    }
    method.addCode("default:\n$>");
    if (versionsField != null) {
      method.addStatement("$T.unknownProperty(in, in.propertyName(), $S, $N, $N)", RuntimeNames.A2UI_VERSION_GATE,
          record.name().simpleName(), propertiesField, versionsField);
    } else {
      method.addStatement("in.unknownProperty(in.propertyName(), $S, $N)", record.name().simpleName(), propertiesField);
    }
    method.addCode("$<")
        .endControlFlow()
        .endControlFlow();
    List<PresenceBits.Required> required = new ArrayList<>();
    if (member) {
      required.add(new PresenceBits.Required(0, record.discriminator(), "\"" + record.tag() + "\""));
    }
    for (int i = 0; i < record.properties().size(); i++) {
      Property property = record.properties().get(i);
      if (property.required()) {
        required.add(new PresenceBits.Required(i + offset, property.jsonName(), ExpectedText.of(property.type())));
      }
    }
    method.addCode(bits.requireSet(required));
    method.beginControlFlow("if (in.problemCount() != $N)", problems)
        .addStatement("return null")
        .endControlFlow();
    return method.addCode(RecordCode.construct(record, variables, locals)).build();
  }

  private CodeBlock readProperty(Property property, String variable) {
    JsonType type = property.type().type();
    CodeBlock read = property.required()
        ? values.read(property.type(), property.javaName())
        : values.readNullable(property.type(), property.javaName());
    boolean primitive = TypeNames.of(type).isPrimitive();
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$N = $L", variable, read);
    return code.add(constraints.checks(property.type(), variable, primitive)).build();
  }

  private static TypeName localType(Property property) {
    JsonType type = property.type().type();
    if (type instanceof JsonType.OptionalOf) {
      return TypeNames.of(((JsonType.OptionalOf) type).element()).box();
    }
    return TypeNames.of(type);
  }

  /** A local's value before its property is read, as Java text. */
  private static String initialValue(Property property) {
    TypeName type = localType(property);
    if (!type.isPrimitive()) {
      return "null";
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return "false";
    }
    return type.equals(TypeName.CHAR) ? "'\\0'" : "0";
  }
}
