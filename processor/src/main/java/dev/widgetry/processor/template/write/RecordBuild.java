package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import dev.widgetry.processor.model.Property;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.write.TypeNames;
import java.util.List;

/**
 * A catalog record built from prop values in one expression: the record's builder when it has one
 * and every value is present ({@code new TextBuilder().value(...).size(...).build()}), its canonical
 * constructor otherwise, with null for each prop left out.
 */
final class RecordBuild {
  /** A prop and its value; {@code nullable} when the value may be null, leaving the prop out. */
  record Prop(Property property, JavaValue value, boolean nullable) {}

  private RecordBuild() {}

  static CodeBlock expression(Context context, WidgetModel.RecordWidget record, List<Prop> props) {
    boolean anyNullable = props.stream().anyMatch(Prop::nullable);
    if (record.builder() && !anyNullable) {
      CodeBlock.Builder chain = CodeBlock.builder().add("new $T()", TypeNames.of(record.name().sibling("Builder")));
      boolean wrap = props.size() > 1;
      if (wrap) {
        chain.add("$>$>");
      }
      for (Prop prop : props) {
        chain.add(wrap ? "\n.$N($L)" : ".$N($L)", prop.property().javaName(), prop.value().code());
      }
      chain.add(wrap ? "\n.build()$<$<" : ".build()");
      return chain.build();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (Property component : record.properties()) {
      Prop prop = props.stream().filter(candidate -> candidate.property().equals(component)).findFirst().orElse(null);
      arguments.add(arguments.isEmpty() ? "" : ", ");
      arguments.add(prop == null ? CodeBlock.of("null") : prop.value().code());
    }
    return CodeBlock.of("new $T($L)", TypeNames.of(record.name()), arguments.build());
  }
}
