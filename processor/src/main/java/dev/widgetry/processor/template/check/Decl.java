package dev.widgetry.processor.template.check;

/**
 * Something a template name refers to: a variable of the data, a {@code set} variable of one scope,
 * a loop's variable or its {@code loop}, or an attribute of a namespace. Identity matters: the
 * writer gives each declaration one Java variable.
 */
public final class Decl {

  public enum Kind {
    /** A top-level property of the data, read from the record. */
    DATA,
    /** A {@code set} variable: one per name per scope (the template, or one loop's body). */
    LOCAL,
    /** The variable a loop binds to each element. */
    LOOP_VARIABLE,
    /** A loop's {@code loop}. */
    LOOP_STATE,
    /** An attribute of a {@code namespace(...)}. */
    NAMESPACE_FIELD
  }

  private final Kind kind;
  private final String name;
  private final Object origin;

  /**
   * @param name the template name ({@code attribute} for namespace fields)
   * @param origin what declares it: the data property, the loop, the namespace call
   */
  public Decl(Kind kind, String name, Object origin) {
    this.kind = kind;
    this.name = name;
    this.origin = origin;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Object origin() {
    return origin;
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
