package dev.widgetry.processor.template.write;

import com.palantir.javapoet.CodeBlock;
import dev.widgetry.processor.model.JavaName;
import dev.widgetry.processor.model.WidgetModel;
import dev.widgetry.processor.template.check.Attribution;
import dev.widgetry.processor.template.check.Decl;
import dev.widgetry.processor.template.data.DataBinding;
import dev.widgetry.processor.template.data.DataType;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the writers share while they write one {@code render} method: the checker's attribution,
 * the data's records, the method's variables, its helper methods, and the block being written.
 */
final class Context {
  /** The variables of a loop: its index, and the list it runs over, when {@code loop.*} is read. */
  record LoopVariables(String index, String list) {}

  final Attribution attribution;
  final DataBinding binding;
  /** The data's schema: its properties are the template's top-level variables. */
  final DataType.ObjectType data;
  final JavaTypes types;
  final Function<JavaName, WidgetModel> models;
  final LocalNames names = new LocalNames("data");
  final Helpers helpers;
  final Map<Decl, String> variables = new IdentityHashMap<>();
  final Map<Object, LoopVariables> loops = new IdentityHashMap<>();
  CodeBlock.Builder code = CodeBlock.builder();

  Context(Attribution attribution, DataBinding binding, DataType.ObjectType data, Function<JavaName, WidgetModel> models) {
    this.attribution = attribution;
    this.binding = binding;
    this.data = data;
    this.types = new JavaTypes(binding, attribution);
    this.models = models;
    this.helpers = new Helpers(this);
  }

  private Context(Context parent, String... taken) {
    this.attribution = parent.attribution;
    this.binding = parent.binding;
    this.data = parent.data;
    this.types = parent.types;
    this.models = parent.models;
    this.helpers = parent.helpers;
    for (String name : taken) {
      names.fresh(name);
    }
  }

  /** A context for the body of a helper method, whose parameters are {@code taken}. */
  Context forHelper(String... taken) {
    return new Context(this, taken);
  }

  /** A new local holding {@code value}; returns its name. */
  String local(String base, JavaValue value) {
    String name = names.fresh(base);
    code.addStatement("$T $N = $L", value.type(), name, value.code());
    return name;
  }
}
