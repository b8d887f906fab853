package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec of a {@code @JsonValue} record: it is written as its one component's value, and
 * read from it, checked, into the canonical constructor.
 */
final class ValueRecordCodecWriter {
  private final WidgetModel.RecordWidget record;
  private final CodecContext context;
  private final ValueCode values;
  private final ConstraintCode constraints;
  private final ClassName recordClass;

  ValueRecordCodecWriter(WidgetModel.RecordWidget record, TypeSpec.Builder type) {
    this.record = record;
    this.context = new CodecContext(type, record.name());
    this.values = new ValueCode(context);
    this.constraints = new ConstraintCode(context);
    this.recordClass = TypeNames.of(record.name());
  }

  void write() {
    Property value = record.properties().get(0);
    context.type().addMethod(writeMethod(value));
    context.type().addMethod(readMethod(value));
    context.addHelpers();
  }

  private MethodSpec writeMethod(Property value) {
    CodeBlock accessor = CodeBlock.of("value.$N()", value.javaName());
    CodeBlock nonNull = TypeNames.of(value.type()).isPrimitive()
        ? accessor
        : CodeBlock.of("$T.requireNonNull($L, $S)", Objects.class, accessor,
            RecordCode.label(record, value) + " is required but null");
    return MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeNames.WIDGET_WRITER, "out")
        .addParameter(recordClass, "value")
        .addCode(values.write(value.type(), nonNull, value.javaName()))
        .build();
  }

  private MethodSpec readMethod(Property value) {
    UniqueNames locals = new UniqueNames();
    locals.newName("in");
    String problems = locals.newName("problems");
    String variable = locals.newName(RecordCode.localName(value.javaName()));
    TypeName type = TypeNames.of(value.type());
    return MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(recordClass)
        .addParameter(RuntimeNames.WIDGET_READER, "in")
        .addStatement("int $N = in.problemCount()", problems)
        .addStatement("$T $N = $L", type, variable, values.read(value.type(), value.javaName()))
        .addCode(constraints.checks(value.type(), variable, type.isPrimitive()))
        .beginControlFlow("if (in.problemCount() != $N)", problems)
        .addStatement("return null")
        .endControlFlow()
        .addCode(RecordCode.construct(record, List.of(variable), locals))
        .build();
  }
}
