package dev.widgetry.processor.template.write;

import com.palantir.javapoet.ClassName;

/** The run-time types generated templates call, named here because the processor never links the runtime. */
final class Runtime {
  private static final String TEMPLATE = "dev.widgetry.chatkit.template";

  static final ClassName JINJA = ClassName.get(TEMPLATE, "Jinja");
  static final ClassName PYTHON_TEXT = ClassName.get(TEMPLATE, "PythonText");
  static final ClassName TEMPLATE_JSON = ClassName.get(TEMPLATE, "TemplateJson");
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");
  static final ClassName WIDGET_ROOT = ClassName.get("dev.widgetry.chatkit", "WidgetRoot");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private Runtime() {}
}
