package dev.widgetry.processor.template.shape;

/** Template text that does not read as JSON, or JSON written in a way the compiler cannot follow. */
public final class ShapeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int pos;
  private final boolean unsupported;

  ShapeException(String message, int pos, boolean unsupported) {
    super(message);
    this.pos = pos;
    this.unsupported = unsupported;
  }

  static ShapeException notJson(String message, int pos) {
    return new ShapeException(message, pos, false);
  }

  static ShapeException unsupported(String construct, int pos) {
    return new ShapeException(construct, pos, true);
  }

  public int pos() {
    return pos;
  }

  /** Whether the text may be JSON, but written in a way widget templates do not support. */
  public boolean unsupported() {
    return unsupported;
  }
}
