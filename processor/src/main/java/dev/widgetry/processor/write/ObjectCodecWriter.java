package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.ScalarKind;
import dev.widgetry.processor.model.TypeUse;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec of a {@code @Widget} record written as a JSON object: the constants both sides
 * share (encoded names, the property order, the versions of versioned props), a {@code write} that
 * emits its properties in component order (its tag first for a union member), and, through
 * {@link ObjectReadMethods}, the {@code read} side.
 */
final class ObjectCodecWriter {
  private final WidgetModel.RecordWidget record;
  private final CodecContext context;
  private final ValueCode values;
  private final ClassName recordClass;
  /**
   * The scalars {@code OptionalMembers} (boxed and strings) and {@code RequiredMembers} (primitives)
   * have a method for, and its name in both: one name a type rather than overloads, since javac
   * resolves a call to an overloaded method by trying every candidate.
   */
  private static final Map<ScalarKind, String> MEMBER_WRITERS = new EnumMap<>(Map.of(
      ScalarKind.STRING, "writeString", ScalarKind.BOOLEAN, "writeBoolean", ScalarKind.INT, "writeInt",
      ScalarKind.LONG, "writeLong", ScalarKind.DOUBLE, "writeDouble"));
  private final List<String> nameFields = new ArrayList<>();
  /** The methods {@code write} hands its runs of optional props to ({@link OptionalRun}). */
  private final List<MethodSpec> optionalRuns = new ArrayList<>();
  private String typeNameField;
  /** The field holding the discriminator's name when it is not {@code "type"}, else null. */
  private String tagPropertyField;
  private String propertiesField;
  /** The field with {@link #propertiesField}'s names pre-encoded, which the property loop asks the parser for. */
  private String orderField;
  /**
   * The field mapping each prop that only some A2UI versions have ({@code @A2uiSince}, {@code @A2uiUntil})
   * to those versions, or null when there is none.
   */
  private String versionsField;

  ObjectCodecWriter(WidgetModel.RecordWidget record, TypeSpec.Builder type) {
    this.record = record;
    this.context = new CodecContext(type, record.name());
    this.values = new ValueCode(context);
    this.recordClass = TypeNames.of(record.name());
  }

  void write() {
    declareNames();
    context.type().addMethod(writeMethod());
    optionalRuns.forEach(context.type()::addMethod);
    new ObjectReadMethods(record, context, values, typeNameField, propertiesField, orderField, versionsField)
        .addTo(context.type());
    context.addHelpers();
  }

  private void declareNames() {
    propertiesField = context.newName("PROPERTIES");
    if (record.tag() != null) {
      typeNameField = context.newName("TYPE_NAME");
      context.type().addField(encoded(typeNameField, record.tag()));
      if (!record.discriminator().equals("type")) {
        tagPropertyField = context.newName("TAG_PROPERTY");
        context.type().addField(encoded(tagPropertyField, record.discriminator()));
      }
    }
    for (Property property : record.properties()) {
      String field = context.newName(CodecContext.constantCase(property.javaName()));
      nameFields.add(field);
      context.type().addField(encoded(field, property.jsonName()));
    }
    CodeBlock.Builder names = CodeBlock.builder().add("$T.names(", RuntimeNames.PROPERTY_ORDER);
    List<String> all = new ArrayList<>();
    if (record.tag() != null) {
      all.add(record.discriminator());
    }
    record.properties().forEach(property -> all.add(property.jsonName()));
    for (int i = 0; i < all.size(); i++) {
      names.add(i == 0 ? "$S" : ",$W$S", all.get(i));
    }
    names.add(")");
    context.type().addField(FieldSpec.builder(
            com.palantir.javapoet.ParameterizedTypeName.get(List.class, String.class),
            propertiesField, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The JSON property names of $T, in order.\n", recordClass)
        .initializer(names.build())
        .build());
    orderField = context.newName("PROPERTY_ORDER");
    context.type().addField(FieldSpec.builder(RuntimeNames.PROPERTY_ORDER, orderField,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($N)", RuntimeNames.PROPERTY_ORDER, propertiesField)
        .build());
    List<Property> versioned = new ArrayList<>();
    record.properties().stream().filter(Property::versioned).forEach(versioned::add);
    if (!versioned.isEmpty()) {
      versionsField = context.newName("VERSIONS");
      CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class);
      for (int i = 0; i < versioned.size(); i++) {
        entries.add(i == 0 ? "$T.entry($S, $L)" : ",$W$T.entry($S, $L)", Map.class,
            versioned.get(i).jsonName(), versions(versioned.get(i)));
      }
      entries.add(")");
      context.type().addField(FieldSpec.builder(
              com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Map.class),
                  ClassName.get(String.class), RuntimeNames.A2UI_VERSIONS),
              versionsField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The props of $T that only some A2UI versions have, with those versions.\n", recordClass)
          .initializer(entries.build())
          .build());
    }
  }

  private static FieldSpec encoded(String field, String name) {
    return FieldSpec.builder(RuntimeNames.ENCODED_STRING, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($S)", RuntimeNames.ENCODED_STRING, name)
        .build();
  }

  private MethodSpec writeMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeNames.WIDGET_WRITER, "out")
        .addParameter(recordClass, "value");
    if (record.versioned()) {
      // A member only some A2UI versions have is refused whole, before anything of it is written.
      method.addStatement("$T.requireMember(out, $L, $L, $S, $S)", RuntimeNames.A2UI_VERSION_GATE,
          bound(record.since()), bound(record.until()), record.discriminator(), record.tag());
    }
    UniqueNames locals = new UniqueNames();
    locals.newName("out");
    locals.newName("value");
    // Asked once per object rather than once per absent property: widgets are sparse.
    String explicitNulls = locals.newName("explicitNulls");
    if (record.properties().stream().anyMatch(property -> !property.required())) {
      method.addStatement("boolean $N = out.explicitNulls()", explicitNulls);
    }
    if (tagPropertyField != null) {
      method.addStatement("out.beginTagged($N, $N)", tagPropertyField, typeNameField);
    } else if (record.tag() != null) {
      method.addStatement("out.beginTagged($N)", typeNameField);
    } else {
      method.addStatement("out.beginObject()");
    }
    List<Property> properties = record.properties();
    for (int i = 0; i < properties.size(); ) {
      List<CodeBlock> run = optionalRun(i, explicitNulls);
      if (run.size() >= OptionalRun.MIN_LENGTH) {
        OptionalRun optional = new OptionalRun(properties.subList(i, i + run.size()), run, context);
        method.addCode(optional.call(explicitNulls));
        optionalRuns.add(optional.method(recordClass, explicitNulls));
      } else if (!run.isEmpty()) {
        run.forEach(method::addCode);
      } else {
        method.addCode(writeProperty(properties.get(i), nameFields.get(i), locals, explicitNulls));
      }
      i += Math.max(1, run.size());
    }
    return method.addStatement("out.endObject()").build();
  }

  /**
   * The write statements of the optional props from the {@code from}th on that are written in one call
   * each ({@link #optionalMember}, as {@link #writeProperty} writes them), up to the first that is not.
   */
  private List<CodeBlock> optionalRun(int from, String explicitNulls) {
    List<CodeBlock> run = new ArrayList<>();
    for (int i = from; i < record.properties().size(); i++) {
      Property property = record.properties().get(i);
      CodeBlock member = property.required() || property.versioned() || property.bindableSince() != null
          ? null
          : optionalMember(property, nameFields.get(i), explicitNulls);
      if (member == null) {
        break;
      }
      run.add(member);
    }
    return run;
  }

  private CodeBlock writeProperty(Property property, String nameField, UniqueNames locals, String explicitNulls) {
    CodeBlock accessor = CodeBlock.of("value.$N()", property.javaName());
    JsonType type = property.type().type();
    CodeBlock.Builder code = CodeBlock.builder();
    if (property.required() && type instanceof JsonType.WidgetRef) {
      // Through a local: requireNonNull's result would be cast to the property's type, and for a union
      // that cast to its interface, beside the union codec's test for a member's own interface, makes
      // HotSpot (before JDK 23, one interface remembered per class) search the member's interfaces at both.
      String local = locals.newName(RecordCode.localName(property.javaName()));
      return code.addStatement("out.name($N)", nameField)
          .add(literalGate(property, accessor))
          .addStatement("$T $N = $L", TypeNames.of(type), local, accessor)
          .addStatement("$T.requireNonNull($N, $S)", Objects.class, local,
              RecordCode.label(record, property) + " is required but null")
          .add(values.write(property.type(), CodeBlock.of("$N", local), property.javaName()))
          .build();
    }
    if (property.required()) {
      CodeBlock member = property.bindableSince() == null ? requiredMember(property, nameField) : null;
      if (member != null) {
        return member;
      }
      CodeBlock value = TypeNames.of(type).isPrimitive()
          ? accessor
          : CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, accessor,
              RecordCode.label(record, property) + " is required but null");
      return code.addStatement("out.name($N)", nameField)
          .add(literalGate(property, accessor))
          .add(values.write(property.type(), value, property.javaName()))
          .build();
    }
    if (property.versioned()) {
      return writeVersionedProperty(property, nameField, locals, explicitNulls);
    }
    CodeBlock member = property.bindableSince() == null
        ? optionalMember(property, nameField, explicitNulls)
        : null;
    if (member != null) {
      return member;
    }
    String local = locals.newName(RecordCode.localName(property.javaName()));
    code.addStatement("$T $N = $L", TypeNames.of(type), local, accessor);
    Presence presence = presence(property, local);
    code.beginControlFlow("if ($L)", presence.test())
        .addStatement("out.name($N)", nameField);
    if (!(type instanceof JsonType.OptionalOf)) {
      code.add(literalGate(property, presence.content()));
    }
    code.add(values.write(presence.written(), presence.content(), property.javaName()));
    return explicitNull(code, nameField, explicitNulls).build();
  }

  /**
   * A required boolean, int, long or double in one call, as {@link #optionalMember} writes optional
   * props; null for the others. Not a required string: written so, the small card's text and titles
   * serialized 6-9% slower in a before/after in one JVM (the inlined writer's shape, not traced).
   */
  private static CodeBlock requiredMember(Property property, String nameField) {
    JsonType type = property.type().type();
    if (!(type instanceof JsonType.Scalar) || !((JsonType.Scalar) type).primitive()) {
      return null;
    }
    String method = MEMBER_WRITERS.get(((JsonType.Scalar) type).scalar());
    return method == null ? null
        : MemberCall.of(RuntimeNames.REQUIRED_MEMBERS, method, "out", nameField, accessor(property));
  }

  private static boolean isSingleConstant(JsonType type) {
    return type instanceof JsonType.EnumType && ((JsonType.EnumType) type).constants().size() == 1;
  }

  /** How an optional prop read into {@code local} is tested for a value, and the value written. */
  private record Presence(CodeBlock test, CodeBlock content, TypeUse written) {}

  private Presence presence(Property property, String local) {
    JsonType type = property.type().type();
    if (type instanceof JsonType.OptionalOf) {
      JsonType.OptionalOf optional = (JsonType.OptionalOf) type;
      return new Presence(CodeBlock.of("$N != null && $N.isPresent()", local, local),
          CodeBlock.of("$N.$N()", local, optionalGetter(optional.optional())), optional.element());
    }
    CodeBlock test = isTree(type)
        ? CodeBlock.of("$N != null && !$N.isNull() && !$N.isMissingNode()", local, local, local)
        : CodeBlock.of("$N != null", local);
    return new Presence(test, CodeBlock.of("$N", local), property.type());
  }

  /**
   * For a prop that holds a literal only before a version ({@code @A2uiBindableSince}): refuses a
   * binding or a call to a writer of an earlier version, after the prop's name (so the refusal can be
   * located) and before its value.
   */
  private CodeBlock literalGate(Property property, CodeBlock value) {
    return property.bindableSince() == null
        ? CodeBlock.of("")
        : CodeBlock.of("$T.requireLiteral(out, $L, $L, $S, $S);\n", RuntimeNames.A2UI_VERSION_GATE, value,
            bound(property.bindableSince()), record.name().nestedName(), property.jsonName());
  }

  /** {@code A2uiVersions.from(A2uiVersion.V1_0)}, {@code A2uiVersions.upTo(...)} or both bounds. */
  private static CodeBlock versions(Property property) {
    if (property.until() == null) {
      return CodeBlock.of("$T.from($T.$N)", RuntimeNames.A2UI_VERSIONS, RuntimeNames.A2UI_VERSION, property.since());
    }
    if (property.since() == null) {
      return CodeBlock.of("$T.upTo($T.$N)", RuntimeNames.A2UI_VERSIONS, RuntimeNames.A2UI_VERSION, property.until());
    }
    return CodeBlock.of("new $T($T.$N, $T.$N)", RuntimeNames.A2UI_VERSIONS, RuntimeNames.A2UI_VERSION,
        property.since(), RuntimeNames.A2UI_VERSION, property.until());
  }

  /**
   * A bound of the versions that have a prop or a union member, as the gate takes it: the version's
   * constant, or null for open.
   */
  static CodeBlock bound(String version) {
    return version == null ? CodeBlock.of("null") : CodeBlock.of("$T.$N", RuntimeNames.A2UI_VERSION, version);
  }

  /**
   * A prop that only some A2UI versions have ({@code @A2uiSince}, {@code @A2uiUntil}): refused, when
   * set, by a writer of another version, before its name is written.
   */
  private CodeBlock writeVersionedProperty(
      Property property, String nameField, UniqueNames locals, String explicitNulls) {
    JsonType type = property.type().type();
    String local = locals.newName(RecordCode.localName(property.javaName()));
    CodeBlock bounds = CodeBlock.of("$L, $L", bound(property.since()), bound(property.until()));
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $N = value.$N()", TypeNames.of(type), local, property.javaName());
    Presence presence = presence(property, local);
    if (isSingleConstant(type)) {
      // A one-constant enum (a call's returnType) says nothing its record's type does not: a version
      // without the prop leaves it out rather than refusing the value.
      code.beginControlFlow("if ($L && $T.writes(out, $L))", presence.test(), RuntimeNames.A2UI_VERSION_GATE, bounds);
    } else {
      code.beginControlFlow("if ($L)", presence.test())
          .addStatement("$T.require(out, $L, $S, $S)", RuntimeNames.A2UI_VERSION_GATE, bounds,
              record.name().simpleName(), property.jsonName());
    }
    code.addStatement("out.name($N)", nameField);
    code.add(values.write(presence.written(), presence.content(), property.javaName()));
    return code.nextControlFlow("else if ($N && $T.writes(out, $L))", explicitNulls, RuntimeNames.A2UI_VERSION_GATE,
            bounds)
        .addStatement("out.name($N)", nameField)
        .addStatement("out.nullValue()")
        .endControlFlow()
        .build();
  }

  /**
   * The common optional properties (strings, booleans, whole numbers, doubles, enums, widgets, an
   * {@code Optional<String>}, a list of strings) in one call each, which keeps {@code write} small
   * enough for the JIT to inline it, and the codec short for javac to compile; null for the others,
   * which are written out in full.
   */
  private CodeBlock optionalMember(Property property, String nameField, String explicitNulls) {
    JsonType type = property.type().type();
    if (type instanceof JsonType.Scalar && !((JsonType.Scalar) type).primitive()
        && MEMBER_WRITERS.containsKey(((JsonType.Scalar) type).scalar())) {
      return MemberCall.of(RuntimeNames.OPTIONAL_MEMBERS, MEMBER_WRITERS.get(((JsonType.Scalar) type).scalar()),
          "out", nameField, accessor(property), explicitNulls);
    }
    // An enum with constants of some A2UI versions only is written in full: its name is checked first.
    if (type instanceof JsonType.EnumType && !((JsonType.EnumType) type).versioned()) {
      return MemberCall.of(RuntimeNames.OPTIONAL_MEMBERS, "writeEnum", "out", nameField,
          context.enumNames((JsonType.EnumType) type), accessor(property), explicitNulls);
    }
    if (type instanceof JsonType.WidgetRef) {
      return MemberCall.of(RuntimeNames.OPTIONAL_MEMBERS, "writeWidget", "out", nameField,
          CodeBlock.of("$T.INSTANCE", ValueCode.codecOf((JsonType.WidgetRef) type)), accessor(property), explicitNulls);
    }
    if (isOptionalString(type)) {
      return MemberCall.of(RuntimeNames.OPTIONAL_MEMBERS, "writeOptional", "out", nameField, accessor(property),
          explicitNulls);
    }
    if (ValueCode.isPlainStringList(type)) {
      return MemberCall.of(RuntimeNames.STRING_LISTS, "write", "out", nameField, accessor(property),
          CodeBlock.of("$S", values.nullItemMessage(property.javaName())), explicitNulls);
    }
    return null;
  }

  /** {@code value.title()}, as text for {@link MemberCall}. */
  private static String accessor(Property property) {
    return "value." + property.javaName() + "()";
  }

  private static boolean isOptionalString(JsonType type) {
    if (!(type instanceof JsonType.OptionalOf) || ((JsonType.OptionalOf) type).optional() != JsonType.OptionalKind.OPTIONAL) {
      return false;
    }
    JsonType element = ((JsonType.OptionalOf) type).element().type();
    return element instanceof JsonType.Scalar && ((JsonType.Scalar) element).scalar() == ScalarKind.STRING;
  }

  /** An absent property is written as null when the writer asks for every property (the strict form). */
  private static CodeBlock.Builder explicitNull(CodeBlock.Builder code, String nameField, String explicitNulls) {
    return code.nextControlFlow("else if ($N)", explicitNulls)
        .addStatement("out.name($N)", nameField)
        .addStatement("out.nullValue()")
        .endControlFlow();
  }

  private static boolean isTree(JsonType type) {
    return type instanceof JsonType.Scalar && ((JsonType.Scalar) type).scalar() == dev.widgetry.processor.model.ScalarKind.JSON_NODE;
  }

  private static String optionalGetter(JsonType.OptionalKind kind) {
    switch (kind) {
      case OPTIONAL_INT:
        return "getAsInt";
      case OPTIONAL_LONG:
        return "getAsLong";
      case OPTIONAL_DOUBLE:
        return "getAsDouble";
      default:
        return "get";
    }
  }
}
