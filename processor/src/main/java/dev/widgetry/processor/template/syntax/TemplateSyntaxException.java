package dev.widgetry.processor.template.syntax;

/**
 * A template that Jinja would not parse, or that uses a construct widget templates do not support:
 * what and where (an index in the template).
 */
public final class TemplateSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int pos;
  private final boolean unsupported;

  private TemplateSyntaxException(String message, int pos, boolean unsupported) {
    super(message);
    this.pos = pos;
    this.unsupported = unsupported;
  }

  /** Jinja itself would refuse it. */
  public static TemplateSyntaxException syntax(String message, int pos) {
    return new TemplateSyntaxException(message, pos, false);
  }

  /** Valid Jinja outside the language widget templates use; the message names the construct. */
  public static TemplateSyntaxException unsupported(String construct, int pos) {
    return new TemplateSyntaxException(construct, pos, true);
  }

  public int pos() {
    return pos;
  }

  public boolean unsupported() {
    return unsupported;
  }
}
