package dev.widgetry.processor.model;

import java.util.List;

/**
 * One {@code @OnAction} method.
 *
 * @param type the action type, e.g. {@code cart.add}
 * @param method the method's name
 * @param isStatic whether it is static, so that no handler object is needed
 * @param parameters what each parameter is, in order
 * @param payload the payload parameter, or null when the method takes none
 * @param returnsVoid whether it returns nothing
 * @param description its Javadoc's main text, for tool definitions; or {@code ""}
 */
public record ActionMethod(
    String type,
    String method,
    boolean isStatic,
    List<Parameter> parameters,
    Payload payload,
    boolean returnsVoid,
    String description) {

  public ActionMethod {
    parameters = List.copyOf(parameters);
  }

  /** What a handler parameter receives. */
  public enum Parameter {
    PAYLOAD,
    CONTEXT
  }

  /**
   * The payload parameter.
   *
   * @param name the parameter's name
   * @param type its JSON type and constraints
   * @param required whether the request must carry it (it is not {@code Optional})
   * @param fields the record's properties when the payload is a {@code @Widget} record with
   *     {@code @FormField} components, so that factories take the other components one by one;
   *     otherwise empty
   * @param properties the record's properties whenever the payload is a {@code @Widget} record,
   *     for A2UI's factories, which bind each to the data model; otherwise empty
   */
  public record Payload(String name, TypeUse type, boolean required, List<Property> fields, List<Property> properties) {
    public Payload {
      fields = List.copyOf(fields);
      properties = List.copyOf(properties);
    }
  }
}
