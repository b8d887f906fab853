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
}
