package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.widgetry.processor.model.ActionHandler;
import dev.widgetry.processor.model.ActionMethod;
import dev.widgetry.processor.model.JsonKind;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A2UI's factories, in a class {@code A2ui} nested in the actions class: one per action whose
 * payload an A2UI event's context can carry (none, or a {@code @Widget} record), named as the
 * handler method, returning the {@code EventAction} a Button carries. It takes one parameter per
 * component of the payload record, typed by the kind of value the component reads ({@code
 * DynamicString}, {@code DynamicNumber}, {@code DynamicBoolean}, {@code DynamicStringList}, else
 * {@code DynamicValue}), so a typed path of the wrong kind, or a context the payload does not have,
 * does not compile. A nested class, because ChatKit's factories already have the handlers' names.
 */
final class A2uiEventsWriter {
  static final String REQUIRED_TYPE = "dev.widgetry.a2ui.EventAction";
  private static final String A2UI = "dev.widgetry.a2ui";
  private static final ClassName EVENT_ACTION = ClassName.get(A2UI, "EventAction");
  private static final ClassName EVENT = ClassName.get(A2UI, "Event");
  private static final ClassName DYNAMIC_VALUE = ClassName.get(A2UI, "DynamicValue");
  private static final ClassName DYNAMIC_STRING = ClassName.get(A2UI, "DynamicString");
  private static final ClassName DYNAMIC_NUMBER = ClassName.get(A2UI, "DynamicNumber");
  private static final ClassName DYNAMIC_BOOLEAN = ClassName.get(A2UI, "DynamicBoolean");
  private static final ClassName DYNAMIC_STRING_LIST = ClassName.get(A2UI, "DynamicStringList");

  private A2uiEventsWriter() {}

  /** Whether A2UI can send {@code action}: it takes no payload, or a record's. */
  static boolean sendable(ActionMethod action) {
    return action.payload() == null || !action.payload().properties().isEmpty();
  }

  /** The nested class, or null when no action of {@code handler} can come from A2UI. */
  static TypeSpec events(ActionHandler handler, List<String> constants, ClassName handlerClass) {
    TypeSpec.Builder type = TypeSpec.classBuilder("A2ui")
        .addJavadoc("The A2UI {@code EventAction}s of {@link $T}'s actions, for Buttons: each binds its\n"
            + "context to the data model, key by key, as the handler's payload reads it.\n", handlerClass)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    boolean any = false;
    for (int i = 0; i < handler.actions().size(); i++) {
      ActionMethod action = handler.actions().get(i);
      if (sendable(action)) {
        type.addMethod(factory(action, constants.get(i), handlerClass));
        any = true;
      }
    }
    return any ? type.build() : null;
  }

  private static MethodSpec factory(ActionMethod action, String constant, ClassName handlerClass) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(action.method())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(EVENT_ACTION);
    CodeBlock link = CodeBlock.of("An A2UI event that calls {@link $T#$N}", handlerClass, action.method());
    if (!action.description().isEmpty()) {
      // The description is the user's prose; "*/" in it would end the comment early.
      method.addJavadoc("$L\n\n<p>", action.description().replace("*/", "*&#47;"));
    }
    if (action.payload() == null) {
      return method.addJavadoc("$L, with no context.\n", link)
          .addStatement("return new $T(new $T($N, null))", EVENT_ACTION, EVENT, constant)
          .build();
    }
    method.addJavadoc("$L;\nits context carries each value the renderer resolves at the click (a typed path of\n"
        + "the data model, a literal or a function call) under the payload's property names. A null\n"
        + "parameter leaves out a property the payload may lack.\n", link);
    String context = "context";
    while (takenBy(action.payload().properties(), context)) {
      context = context + "_";
    }
    method.addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, DYNAMIC_VALUE, context,
        LinkedHashMap.class);
    for (Property property : action.payload().properties()) {
      String name = property.javaName();
      method.addParameter(parameterType(property.type().type()), name);
      if (optional(property)) {
        method.beginControlFlow("if ($N != null)", name)
            .addStatement("$N.put($S, $L)", context, property.jsonName(), value(property, CodeBlock.of("$N", name)))
            .endControlFlow();
      } else {
        method.addStatement("$N.put($S, $L)", context, property.jsonName(),
            value(property, CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name, name)));
      }
    }
    return method.addStatement("return new $T(new $T($N, $N))", EVENT_ACTION, EVENT, constant, context).build();
  }

  private static boolean takenBy(List<Property> properties, String name) {
    return properties.stream().anyMatch(property -> property.javaName().equals(name));
  }

  /** Whether the payload reads the property as absent when it is left out. */
  private static boolean optional(Property property) {
    return !property.required() || property.type().type() instanceof JsonType.OptionalOf;
  }

  private static CodeBlock value(Property property, CodeBlock parameter) {
    return parameterType(property.type().type()).equals(DYNAMIC_VALUE) ? parameter
        : CodeBlock.of("$L.toValue()", parameter);
  }

  /** The A2UI type of a value the payload reads as {@code type}. */
  private static TypeName parameterType(JsonType type) {
    if (type instanceof JsonType.OptionalOf) {
      return parameterType(((JsonType.OptionalOf) type).element().type());
    }
    if (type instanceof JsonType.Sequence) {
      JsonType element = ((JsonType.Sequence) type).element().type();
      return !(element instanceof JsonType.OptionalOf) && element.kind() == JsonKind.STRING
          ? DYNAMIC_STRING_LIST : DYNAMIC_VALUE;
    }
    switch (type.kind()) {
      case STRING:
        return DYNAMIC_STRING;
      case NUMBER:
        return DYNAMIC_NUMBER;
      case BOOLEAN:
        return DYNAMIC_BOOLEAN;
      default:
        return DYNAMIC_VALUE;
    }
  }
}
