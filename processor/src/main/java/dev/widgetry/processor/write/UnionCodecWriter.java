package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.widgetry.processor.model.GeneratedNames;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.WidgetModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec of a sealed {@code @Widget} interface. Writing hands each value to its record's
 * codec. Reading a tagged union reads its tag ({@code "type"}, or its discriminator) and switches on
 * it; reading an untagged one switches on the JSON kind of the value (and, between objects, on their
 * property names; a tagged union it permits is one object member, read by its own codec).
 */
final class UnionCodecWriter {
  private final WidgetModel.UnionWidget union;
  private final TypeSpec.Builder type;
  private final ClassName unionClass;

  UnionCodecWriter(WidgetModel.UnionWidget union, TypeSpec.Builder type) {
    this.union = union;
    this.type = type;
    this.unionClass = TypeNames.of(union.name());
  }

  void write() {
    writeMethods();
    if (union.tagged()) {
      writeTaggedReader();
    } else {
      writeUntaggedReader();
    }
  }

  /**
   * Members written by one method: each is an {@code instanceof} test and a call, about 21 bytes of
   * bytecode, so a dozen and the call to the next method stay under C2's limit for inlining a hot
   * method (325 bytes, {@code FreqInlineSize}). A union with more members chains methods of a dozen
   * each, and the first members written cost no call of their own (benchmarks/ANALYSIS.md).
   */
  private static final int MEMBERS_PER_METHOD = 12;

  private void writeMethods() {
    int members = union.members().size();
    type.addMethod(writeMethod(MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC), 0));
    for (int from = MEMBERS_PER_METHOD; from < members; from += MEMBERS_PER_METHOD) {
      type.addMethod(writeMethod(MethodSpec.methodBuilder(laterWriter(from))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC), from));
    }
  }

  private MethodSpec writeMethod(MethodSpec.Builder method, int from) {
    method.addParameter(RuntimeNames.WIDGET_WRITER, "out").addParameter(unionClass, "value");
    int to = Math.min(from + MEMBERS_PER_METHOD, union.members().size());
    for (int i = from; i < to; i++) {
      ClassName member = TypeNames.of(union.members().get(i).name());
      String condition = "if (value instanceof $T)";
      if (i == from) {
        method.beginControlFlow(condition, member);
      } else {
        method.nextControlFlow("else " + condition, member);
      }
      method.addStatement("$T.INSTANCE.write(out, ($T) value)", codec(union.members().get(i)), member);
    }
    if (to < union.members().size()) {
      return method.nextControlFlow("else")
          .addStatement("$N(out, value)", laterWriter(to))
          .endControlFlow()
          .build();
    }
    // Unreachable when the union and its members are compiled together; a member added in a
    // separate compilation lands here.
    return method.nextControlFlow("else")
        .addStatement("throw new $T($S + value.getClass().getName())", IllegalArgumentException.class,
            union.name().simpleName() + "'s codec does not know ")
        .endControlFlow()
        .build();
  }

  private static String laterWriter(int from) {
    return "writeFromMember" + from;
  }

  private void writeTaggedReader() {
    CodeBlock.Builder tags = CodeBlock.builder().add("$T.of(", RuntimeNames.NAME_TABLE);
    for (int i = 0; i < union.members().size(); i++) {
      tags.add(i == 0 ? "$S" : ",$W$S", union.members().get(i).tag());
    }
    type.addField(FieldSpec.builder(RuntimeNames.NAME_TABLE, "TYPES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(tags.add(")").build())
        .build());
    String name = union.name().simpleName();
    boolean typeTag = union.discriminator().equals("type");
    type.addMethod(MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(unionClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .addStatement("int replay = in.replayDepth()")
        .addStatement(typeTag ? CodeBlock.of("$T type = in.readTypeTag($S, TYPES)", String.class, name)
            : CodeBlock.of("$T type = in.readTag($S, $S, TYPES)", String.class, name, union.discriminator()))
        .addStatement("$T value = type == null ? null : readMember(in, type)", unionClass)
        .addStatement("in.endReplay(replay)")
        .addStatement("return value")
        .build());
    MethodSpec.Builder readMember = MethodSpec.methodBuilder("readMember")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(unionClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .addParameter(String.class, "type")
        .beginControlFlow("switch (type)");
    for (WidgetModel.UnionMember member : union.members()) {
      readMember.addCode("case $S:\n$>", member.tag());
      if (member.versioned()) {
        readMember.beginControlFlow("if ($T.refusedTag(in, type, $S, $S, TYPES, $L, $L))",
                RuntimeNames.A2UI_VERSION_GATE, name, union.discriminator(), ObjectCodecWriter.bound(member.since()),
                ObjectCodecWriter.bound(member.until()))
            .addStatement("return null")
            .endControlFlow();
      }
      readMember.addStatement("return $T.INSTANCE.readProperties(in, true)$<", codec(member));
    }
    type.addMethod(readMember.addCode("default:\n$>")
        .addStatement(typeTag ? CodeBlock.of("in.unknownTag(type, $S, TYPES)", name)
            : CodeBlock.of("in.unknownTag(type, $S, $S, TYPES)", name, union.discriminator()))
        .addStatement("return null$<")
        .endControlFlow()
        .build());
  }

  private void writeUntaggedReader() {
    List<WidgetModel.UnionMember> objects = union.members().stream()
        .filter(member -> member.kind() == JsonKind.OBJECT)
        .collect(Collectors.toList());
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(unionClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .beginControlFlow("switch (in.kind())");
    List<String> expected = new ArrayList<>();
    for (WidgetModel.UnionMember member : union.members()) {
      if (member.kind() == JsonKind.OBJECT) {
        continue;
      }
      expected.add(member.kind().description());
      for (String kind : runtimeKinds(member.kind())) {
        read.addCode("case $L:\n", kind);
      }
      read.addStatement("$>return $T.INSTANCE.read(in)$<", codec(member));
    }
    objects.forEach(member -> expected.add(Articles.withArticle(member.name().simpleName() + " object")));
    if (objects.size() == 1) {
      read.addCode("case OBJECT:\n")
          .addStatement("$>return $T.INSTANCE.read(in)$<", codec(objects.get(0)));
    } else if (objects.size() > 1) {
      read.addCode("case OBJECT:\n$>").addStatement("return readObject(in)$<");
      type.addField(objectMembersField(objects));
    }
    type.addMethod(read.addCode("default:\n$>")
        .addStatement("in.noMatchingMember($S)", Articles.either(expected))
        .addStatement("return null$<")
        .endControlFlow()
        .build());
    if (objects.size() > 1) {
      type.addMethod(objectReader(objects));
    }
  }

  /** Objects are told apart by their property names; see {@code WidgetReader.deduceMember}. */
  private MethodSpec objectReader(List<WidgetModel.UnionMember> objects) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("readObject")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(unionClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .addStatement("int replay = in.replayDepth()")
        .addStatement("$T value", unionClass)
        .beginControlFlow("switch (in.deduceMember(OBJECT_MEMBERS))");
    for (int i = 0; i < objects.size(); i++) {
      method.addCode(i == objects.size() - 1 ? CodeBlock.of("default:\n") : CodeBlock.of("case $L:\n", i))
          .addStatement("$>value = $T.INSTANCE.read(in)", codec(objects.get(i)))
          .addStatement("break$<");
    }
    return method.endControlFlow()
        .addStatement("in.endReplay(replay)")
        .addStatement("return value")
        .build();
  }

  private static FieldSpec objectMembersField(List<WidgetModel.UnionMember> objects) {
    CodeBlock.Builder lists = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
    for (int i = 0; i < objects.size(); i++) {
      lists.add(i == 0 ? "\n" : ",\n");
      lists.add("$T.of(", List.class);
      List<String> names = objects.get(i).properties();
      for (int j = 0; j < names.size(); j++) {
        lists.add(j == 0 ? "$S" : ",$W$S", names.get(j));
      }
      lists.add(")");
    }
    lists.add(")").unindent().unindent();
    return FieldSpec.builder(
            ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(List.class, String.class)),
            "OBJECT_MEMBERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The property names of each object member, in the order {@code readObject} numbers them.\n")
        .initializer(lists.build())
        .build();
  }

  private static List<String> runtimeKinds(JsonKind kind) {
    switch (kind) {
      case STRING:
        return List.of("STRING");
      case NUMBER:
        return List.of("NUMBER");
      case BOOLEAN:
        return List.of("BOOLEAN");
      case ARRAY:
        return List.of("ARRAY");
      default:
        return List.of("STRING", "NUMBER", "BOOLEAN", "ARRAY", "OBJECT");
    }
  }

  private static ClassName codec(WidgetModel.UnionMember member) {
    return TypeNames.of(GeneratedNames.codec(member.name()));
  }
}
