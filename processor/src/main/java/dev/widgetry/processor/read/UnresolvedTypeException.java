package dev.widgetry.processor.read;

/**
 * A type that javac cannot resolve yet: perhaps another annotation processor generates it in a
 * later round. The element is deferred, and reported only if the type is still missing at the end.
 */
public final class UnresolvedTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnresolvedTypeException(String type) {
    super(type, null, false, false);
  }

  public String type() {
    return getMessage();
  }
}
