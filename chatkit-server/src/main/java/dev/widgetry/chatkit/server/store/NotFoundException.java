package dev.widgetry.chatkit.server.store;

/** A thread, item or attachment that a store does not hold. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * @param kind what was looked for: "thread", "item" or "attachment"
   * @param id its id
   */
  public NotFoundException(String kind, String id) {
    super("No " + kind + " with id \"" + id + "\"");
    this.kind = kind;
    this.id = id;
  }

  /** What was looked for: "thread", "item" or "attachment". */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
