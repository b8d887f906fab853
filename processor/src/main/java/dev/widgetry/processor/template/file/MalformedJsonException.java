package dev.widgetry.processor.template.file;

/** JSON that cannot be read, and where reading stopped. */
public final class MalformedJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public MalformedJsonException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
