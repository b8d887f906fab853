package dev.widgetry.processor.template.write;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} every file the template stage writes carries. */
final class Generated {
  static final AnnotationSpec ANNOTATION = AnnotationSpec.builder(Runtime.GENERATED)
      .addMember("value", "$S", "dev.widgetry.processor.WidgetProcessor")
      .build();

  private Generated() {}
}
