package dev.widgetry.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.widgetry.processor.model.ActionHandler;
import dev.widgetry.processor.model.ActionMethod;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.schema.internal.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The dispatch table of an actions class, the nested {@code Table} that {@code ActionDispatcher}
 * calls: which actions there are, which need an instance or take a payload, the tool name each is
 * offered to models as (the one its tool definition has), a switch that parses each payload with its
 * generated parser and checks it, and a switch that calls the method directly.
 */
final class DispatchTableWriter {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);
  private final ActionHandler handler;
  private final ClassName handlerClass;
  private final List<String> constants;
  private final Set<String> wrapped;
  private final ValueCode values;
  private final ConstraintCode constraints;

  /**
   * @param constants the fields holding the action types, in the order of the handler's actions
   * @param wrapped the action types whose tool wraps the payload under the parameter's name
   */
  DispatchTableWriter(ActionHandler handler, List<String> constants, Set<String> wrapped, ValueCode values,
      ConstraintCode constraints) {
    this.handler = handler;
    this.handlerClass = TypeNames.of(handler.handler());
    this.constants = constants;
    this.wrapped = wrapped;
    this.values = values;
    this.constraints = constraints;
  }

  TypeSpec table() {
    List<CodeBlock> entries = new ArrayList<>();
    List<String> instanceActions = new ArrayList<>();
    List<String> payloadActions = new ArrayList<>();
    List<CodeBlock> toolNames = new ArrayList<>();
    List<CodeBlock> toolArguments = new ArrayList<>();
    for (int i = 0; i < handler.actions().size(); i++) {
      ActionMethod action = handler.actions().get(i);
      String constant = constants.get(i);
      entries.add(CodeBlock.of("$T.entry($N, $S)", Map.class, constant,
          handler.handler().nestedName() + "." + action.method()));
      toolNames.add(CodeBlock.of("$T.entry($N, $S)", Map.class, constant, ToolDefinition.nameOfAction(action.type())));
      if (wrapped.contains(action.type())) {
        toolArguments.add(CodeBlock.of("$T.entry($N, $S)", Map.class, constant, action.payload().name()));
      }
      if (!action.isStatic()) {
        instanceActions.add(constant);
      }
      if (action.payload() != null) {
        payloadActions.add(constant);
      }
    }
    TypeSpec.Builder table = TypeSpec.classBuilder("Table")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(RuntimeNames.ACTION_TABLE)
        .addField(mapField("ACTIONS", entries))
        .addField(setField("INSTANCE_METHODS", instanceActions))
        .addField(setField("WITH_PAYLOAD", payloadActions))
        .addField(mapField("TOOL_NAMES", toolNames))
        .addMethod(MethodSpec.methodBuilder("handlerType")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
            .addStatement("return $T.class", handlerClass)
            .build())
        .addMethod(MethodSpec.methodBuilder("actions")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING_MAP)
            .addStatement("return ACTIONS")
            .build())
        .addMethod(ofType("needsInstance", TypeName.BOOLEAN, "INSTANCE_METHODS.contains(type)"))
        .addMethod(ofType("takesPayload", TypeName.BOOLEAN, "WITH_PAYLOAD.contains(type)"))
        .addMethod(ofType("toolName", STRING, "TOOL_NAMES.get(type)"))
        .addMethod(readPayload())
        .addMethod(call());
    if (!toolArguments.isEmpty()) {
      addToolArguments(table, toolArguments);
    }
    return table.build();
  }

  /** An {@code ActionTable} method that answers for an action {@code type} with {@code expression}. */
  private static MethodSpec ofType(String name, TypeName returns, String expression) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameter(String.class, "type")
        .addStatement("return $L", expression)
        .build();
  }

  /** Where a tool call's arguments hold the payload of each action whose tool wraps it. */
  private static void addToolArguments(TypeSpec.Builder table, List<CodeBlock> entries) {
    table.addField(mapField("TOOL_ARGUMENTS", entries))
        .addMethod(ofType("toolArgument", STRING, "TOOL_ARGUMENTS.get(type)"));
  }

  /** A constant {@code Map<String, String>} of these entries. */
  private static FieldSpec mapField(String name, List<CodeBlock> entries) {
    return FieldSpec.builder(STRING_MAP, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.ofEntries(\n$>$>$L$<$<)", Map.class, CodeBlock.join(entries, ",\n"))
        .build();
  }

  /** A constant {@code Set<String>} of these constants' values. */
  private static FieldSpec setField(String name, List<String> constants) {
    return FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), name, Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Set.class, String.join(", ", constants))
        .build();
  }

  private MethodSpec readPayload() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("readPayload")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(String.class, "type")
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .beginControlFlow("switch (type)");
    for (int i = 0; i < handler.actions().size(); i++) {
      ActionMethod.Payload payload = handler.actions().get(i).payload();
      if (payload == null) {
        continue;
      }
      JsonType json = payload.type().type();
      CodeBlock read = values.read(payload.type(), payload.name());
      CodeBlock checks = constraints.checks(payload.type(), "value", TypeNames.of(payload.type()).isPrimitive());
      if (payload.required() && checks.isEmpty()) {
        method.addCode("case $N:\n$>", constants.get(i)).addStatement("return $L$<", read);
        continue;
      }
      method.addCode("case $N: {\n$>", constants.get(i));
      TypeName local = json instanceof JsonType.OptionalOf
          ? TypeNames.of(((JsonType.OptionalOf) json).element()).box()
          : TypeNames.of(payload.type());
      if (payload.required()) {
        method.addStatement("$T value = $L", local, read);
      } else {
        method.addStatement("$T value = in.isNull() ? null : $L", local, read);
      }
      method.addCode(constraints.checks(payload.type(), "value", local.isPrimitive()));
      if (json instanceof JsonType.OptionalOf) {
        method.addStatement("return $T.ofNullable(value)", Optional.class);
      } else {
        method.addStatement("return value");
      }
      method.addCode("$<}\n");
    }
    return method.addCode("default:\n$>")
        .addStatement("in.skipValue()")
        .addStatement("return null$<")
        .endControlFlow()
        .build();
  }

  private MethodSpec call() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("call")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(Object.class, "handler")
        .addParameter(String.class, "type")
        .addParameter(Object.class, "payload")
        .addParameter(RuntimeNames.ACTION_CONTEXT, "context")
        .addException(Exception.class)
        .beginControlFlow("switch (type)");
    boolean unchecked = false;
    for (int i = 0; i < handler.actions().size(); i++) {
      ActionMethod action = handler.actions().get(i);
      List<CodeBlock> arguments = new ArrayList<>();
      for (ActionMethod.Parameter parameter : action.parameters()) {
        if (parameter == ActionMethod.Parameter.CONTEXT) {
          arguments.add(CodeBlock.of("context"));
        } else {
          TypeName payloadType = TypeNames.of(action.payload().type());
          unchecked |= payloadType instanceof ParameterizedTypeName;
          arguments.add(CodeBlock.of("($T) payload", payloadType.box()));
        }
      }
      CodeBlock target = action.isStatic() ? CodeBlock.of("$T", handlerClass) : CodeBlock.of("(($T) handler)", handlerClass);
      CodeBlock invocation = CodeBlock.of("$L.$N($L)", target, action.method(), CodeBlock.join(arguments, ", "));
      method.addCode("case $N:\n$>", constants.get(i));
      if (action.returnsVoid()) {
        method.addStatement("$L", invocation).addStatement("return null$<");
      } else {
        method.addStatement("return $L$<", invocation);
      }
    }
    if (unchecked) {
      method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    return method.addCode("default:\n$>")
        .addStatement("throw new $T($S + type + $S)", IllegalArgumentException.class,
            handler.handler().simpleName() + " handles no action \"", "\"")
        .addCode("$<")
        .endControlFlow()
        .build();
  }
}
