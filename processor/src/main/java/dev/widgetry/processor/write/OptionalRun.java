package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.widgetry.processor.model.Property;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A run of consecutive optional props that a codec's {@code write} hands to a method of their own,
 * called only when one of them is set or the writer asks for explicit nulls. Widgets are sparse: a
 * table cell's text sets its value and none of its fifteen optional props. Inlined in {@code write},
 * each of those props brings the machine code that writes it, and a {@code write} that large is
 * compiled on its own and called where it would otherwise be inlined (HotSpot inlines an
 * already-compiled method only while its code is small); apart, what stays in {@code write} is one
 * null test a prop. Taking turns with the hand-written writer, the large table went from 0.77x to
 * 0.89x of it so (benchmarks/ANALYSIS.md, Serialize).
 */
final class OptionalRun {
  /** Fewer props than this stay in {@code write}: the call would cost more than their tests save. */
  static final int MIN_LENGTH = 3;

  private final List<Property> properties;
  private final List<CodeBlock> writes;
  private final String method;

  /**
   * @param properties the run's props, in component order
   * @param writes each prop's write statement, a call that tests the prop itself
   */
  OptionalRun(List<Property> properties, List<CodeBlock> writes, CodecContext context) {
    this.properties = properties;
    this.writes = writes;
    this.method = context.newName("write" + capitalized(properties.get(0).javaName())
        + "To" + capitalized(properties.get(properties.size() - 1).javaName()));
  }

  /** The statement in {@code write}: the run's method, called when a prop of the run is set. */
  CodeBlock call(String explicitNulls) {
    CodeBlock.Builder test = CodeBlock.builder().add("$N", explicitNulls);
    for (Property property : properties) {
      test.add("$W|| value.$N() != null", property.javaName());
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", test.build())
        .addStatement("$N(out, value, $N)", method, explicitNulls)
        .endControlFlow()
        .build();
  }

  /** The run's method: each prop's write statement, as {@code write} would have them. */
  MethodSpec method(ClassName record, String explicitNulls) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method)
        .addJavadoc("Writes {@code $L} to {@code $L}; apart from {@code write}, which calls it only when one of\n"
            + "them is set, so that {@code write} stays small enough to be inlined.\n",
            properties.get(0).jsonName(), properties.get(properties.size() - 1).jsonName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(RuntimeNames.WIDGET_WRITER, "out")
        .addParameter(record, "value")
        .addParameter(boolean.class, explicitNulls);
    writes.forEach(builder::addCode);
    return builder.build();
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
