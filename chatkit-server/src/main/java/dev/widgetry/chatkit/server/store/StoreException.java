package dev.widgetry.chatkit.server.store;

/** A store could not read or write: its database failed, or held something it cannot read. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
