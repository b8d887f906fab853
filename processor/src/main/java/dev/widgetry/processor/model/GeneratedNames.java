package dev.widgetry.processor.model;

/** The names of what the processor generates for a type, shared by the checks and the writers. */
public final class GeneratedNames {
  private GeneratedNames() {}

  /** {@code com.acme.Outer_InnerWidgetCodec} for {@code com.acme.Outer.Inner}. */
  public static JavaName codec(JavaName widget) {
    return widget.sibling("WidgetCodec");
  }

  /** The schema resource, relative to the widget's package: {@code Outer.Inner.schema.json}. */
  public static String schemaResource(JavaName widget) {
    return widget.nestedName() + ".schema.json";
  }

  /** The tool definition resource of a value record written as an object: {@code Outer.Inner.tool.json}. */
  public static String toolResource(JavaName widget) {
    return widget.nestedName() + ".tool.json";
  }

  /** The tool definition of an action, beside its handler: {@code CartHandlers.addItem.tool.json}. */
  public static String actionToolResource(JavaName handler, String method) {
    return handler.nestedName() + "." + method + ".tool.json";
  }
}
