package dev.widgetry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.widgetry.processor.model.CatalogModel;
import dev.widgetry.processor.model.JavaName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The rewrite methods of a generated catalog class: one per record with texts, checks or actions,
 * {@code static R rRewritten(R value, ComponentRewrite.Change change)}, which calls the record's
 * canonical constructor with each such prop passed through the change and the others as they are.
 * No reflection: the rewrite works for a record of any visibility the catalog class can see.
 */
final class RewriteMethods {
  private static final ClassName REWRITE = ClassName.get("dev.widgetry.a2ui", "ComponentRewrite");
  private static final ClassName CHANGE = REWRITE.nestedClass("Change");

  private final Map<JavaName, String> names = new LinkedHashMap<>();
  private final List<CatalogModel.Rewrite> rewrites;

  RewriteMethods(List<CatalogModel.Rewrite> rewrites, UniqueNames methods) {
    this.rewrites = rewrites;
    for (CatalogModel.Rewrite rewrite : rewrites) {
      String simple = rewrite.record().simpleName();
      names.put(rewrite.record(), methods.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1)
          + "Rewritten"));
    }
  }

  /** The {@code ComponentRewrite} of {@code component}, as code for the catalog builder. */
  CodeBlock of(JavaName component) {
    String method = names.get(component);
    if (method == null) {
      return CodeBlock.of("(component, change) -> component");
    }
    return CodeBlock.of("(component, change) -> $N(($T) component, change)", method, TypeNames.of(component));
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (CatalogModel.Rewrite rewrite : rewrites) {
      ClassName record = TypeNames.of(rewrite.record());
      List<CodeBlock> arguments = new ArrayList<>();
      for (CatalogModel.Part part : rewrite.parts()) {
        arguments.add(argument(part));
      }
      methods.add(MethodSpec.methodBuilder(names.get(rewrite.record()))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(record)
          .addParameter(record, "value")
          .addParameter(CHANGE, "change")
          .addStatement("return value == null ? null : new $T($L)", record, CodeBlock.join(arguments, ",$W"))
          .build());
    }
    return methods;
  }

  private CodeBlock argument(CatalogModel.Part part) {
    CodeBlock value = CodeBlock.of("value.$N()", part.accessor());
    if (part.kind() == CatalogModel.PartKind.KEEP) {
      return value;
    }
    if (part.list()) {
      return CodeBlock.of("$T.each($L, item -> $L)", REWRITE, value, changed(part, CodeBlock.of("item")));
    }
    return changed(part, value);
  }

  private CodeBlock changed(CatalogModel.Part part, CodeBlock value) {
    switch (part.kind()) {
      case TEXT:
        return CodeBlock.of("$T.text($L, change)", REWRITE, value);
      case CHECK:
        return CodeBlock.of("$T.check($L, change)", REWRITE, value);
      case ACTION:
        return CodeBlock.of("$T.action($L, change)", REWRITE, value);
      default:
        return CodeBlock.of("$N($L, change)", names.get(part.record()), value);
    }
  }
}
