package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.widgetry.processor.model.ActionMethod;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * ChatKit's factories: one per action, named as the handler method, returning a ready {@code
 * ActionConfig} that carries the action's type and its payload, written as JSON the way the
 * payload's codec reads it.
 */
final class ChatKitFactoryWriter implements ActionFactoryWriter {

  @Override
  public String requiredType() {
    return RuntimeNames.ACTION_CONFIG.canonicalName();
  }

  @Override
  public String javadoc() {
    return "factories for the {@code ActionConfig}s widgets carry";
  }

  @Override
  public MethodSpec factory(ActionMethod action, String constant, ClassName handlerClass, ValueCode values) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(action.method())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeNames.ACTION_CONFIG)
        .addJavadoc(javadoc(action, handlerClass));
    ActionMethod.Payload payload = action.payload();
    if (payload == null) {
      return method.addJavadoc(".\n").addStatement("return $T.of($N)", RuntimeNames.ACTION_CONFIG, constant).build();
    }
    if (!payload.fields().isEmpty()) {
      return formFactory(method, payload, constant, values);
    }
    TypeName payloadType = TypeNames.of(payload.type());
    method.addJavadoc(" with this payload.\n").addParameter(payloadType, payload.name());
    JsonType json = payload.type().type();
    if (json instanceof JsonType.WidgetRef) {
      return method.addStatement("return $T.of($N, $T.tree($T.INSTANCE, $T.requireNonNull($N, $S)))",
              RuntimeNames.ACTION_CONFIG, constant, RuntimeNames.TREE_WRITER, ValueCode.codecOf((JsonType.WidgetRef) json),
              Objects.class, payload.name(), payload.name())
          .build();
    }
    method.addStatement("$T out = new $T()", RuntimeNames.TREE_WRITER, RuntimeNames.TREE_WRITER);
    if (json instanceof JsonType.OptionalOf) {
      JsonType.OptionalOf optional = (JsonType.OptionalOf) json;
      method.beginControlFlow("if (!$N.isPresent())", payload.name())
          .addStatement("return $T.of($N)", RuntimeNames.ACTION_CONFIG, constant)
          .endControlFlow()
          .addCode(values.write(optional.element(), CodeBlock.of("$N.get()", payload.name()), payload.name()));
    } else if (payloadType.isPrimitive()) {
      method.addCode(values.write(payload.type(), CodeBlock.of("$N", payload.name()), payload.name()));
    } else {
      method.addCode(values.write(payload.type(),
          CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, payload.name(), payload.name()), payload.name()));
    }
    return method.addStatement("return $T.of($N, out.root())", RuntimeNames.ACTION_CONFIG, constant).build();
  }

  private static CodeBlock javadoc(ActionMethod action, ClassName handlerClass) {
    CodeBlock link = CodeBlock.of("An action that calls {@link $T#$N}", handlerClass, action.method());
    if (action.description().isEmpty()) {
      return link;
    }
    // The description is the user's prose; "*/" in it would end the comment early.
    return CodeBlock.of("$L\n\n<p>$L", action.description().replace("*/", "*&#47;"), link);
  }

  /** The payload record has form fields: the factory takes its other components, and the page adds the rest. */
  private static MethodSpec formFactory(
      MethodSpec.Builder method, ActionMethod.Payload payload, String constant, ValueCode values) {
    method.addJavadoc("; the page adds the form's fields to the payload.\n")
        .addStatement("$T out = new $T()", RuntimeNames.TREE_WRITER, RuntimeNames.TREE_WRITER)
        .addStatement("out.beginObject()");
    for (Property property : payload.fields()) {
      if (property.formField()) {
        continue;
      }
      TypeName parameterType = TypeNames.of(property.type());
      method.addParameter(parameterType, property.javaName());
      method.addCode(writeProperty(property, parameterType, values));
    }
    return method.addStatement("out.endObject()")
        .addStatement("return $T.of($N, out.root())", RuntimeNames.ACTION_CONFIG, constant)
        .build();
  }

  private static CodeBlock writeProperty(Property property, TypeName parameterType, ValueCode values) {
    String name = property.javaName();
    JsonType json = property.type().type();
    CodeBlock.Builder code = CodeBlock.builder();
    if (json instanceof JsonType.OptionalOf) {
      JsonType.OptionalOf optional = (JsonType.OptionalOf) json;
      return code.beginControlFlow("if ($N.isPresent())", name)
          .addStatement("out.name($S)", property.jsonName())
          .add(values.write(optional.element(), CodeBlock.of("$N.get()", name), name))
          .endControlFlow()
          .build();
    }
    if (property.required()) {
      CodeBlock value = parameterType.isPrimitive() ? CodeBlock.of("$N", name)
          : CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name, name);
      return code.addStatement("out.name($S)", property.jsonName()).add(values.write(property.type(), value, name)).build();
    }
    return code.beginControlFlow("if ($N != null)", name)
        .addStatement("out.name($S)", property.jsonName())
        .add(values.write(property.type(), CodeBlock.of("$N", name), name))
        .endControlFlow()
        .build();
  }
}
