package dev.widgetry.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.widgetry.processor.model.JsonType;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the codecs of object records and of value records write the same way: a component's local
 * variable, its label in messages, and the call of the canonical constructor.
 */
final class RecordCode {
  private RecordCode() {}

  /**
   * The local variable for a component. Constants of the class are all capitals, so a component
   * named that way ({@code PROPERTIES}) gets a lower-case local rather than hide a constant.
   */
  static String localName(String component) {
    return component.chars().anyMatch(Character::isLowerCase) ? component : component.toLowerCase(Locale.ROOT);
  }

  /** {@code Product.name}, as messages about the component name it. */
  static String label(WidgetModel.RecordWidget record, Property property) {
    return record.name().simpleName() + "." + property.javaName();
  }

  /**
   * Calls the canonical constructor with the locals read for the components, in order; a constructor
   * that throws is a problem of the input ({@code in.rejected}), not a crash of the parser.
   */
  static CodeBlock construct(WidgetModel.RecordWidget record, List<String> variables, UniqueNames locals) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < variables.size(); i++) {
      arguments.add(i == 0 ? "$L" : ",$W$L", argument(record.properties().get(i), variables.get(i)));
    }
    String exception = locals.newName("e");
    return CodeBlock.builder()
        .beginControlFlow("try")
        .addStatement("return new $T($L)", TypeNames.of(record.name()), arguments.build())
        .nextControlFlow("catch ($T $N)", RuntimeException.class, exception)
        .addStatement("in.rejected($S, $N)", record.name().simpleName(), exception)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  /** Optionals are read into a nullable local and wrapped for the constructor. */
  private static CodeBlock argument(Property property, String variable) {
    JsonType type = property.type().type();
    if (!(type instanceof JsonType.OptionalOf)) {
      return CodeBlock.of("$N", variable);
    }
    switch (((JsonType.OptionalOf) type).optional()) {
      case OPTIONAL_INT:
        return CodeBlock.of("$N == null ? $T.empty() : $T.of($N)", variable, OptionalInt.class, OptionalInt.class, variable);
      case OPTIONAL_LONG:
        return CodeBlock.of("$N == null ? $T.empty() : $T.of($N)", variable, OptionalLong.class, OptionalLong.class, variable);
      case OPTIONAL_DOUBLE:
        return CodeBlock.of("$N == null ? $T.empty() : $T.of($N)", variable, OptionalDouble.class, OptionalDouble.class, variable);
      default:
        return CodeBlock.of("$T.ofNullable($N)", Optional.class, variable);
    }
  }
}
