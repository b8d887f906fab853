package dev.widgetry.runtime.spi;

/**
 * One action type and where it goes: the generated table that parses its payload and calls its
 * method, and the handler object (null for a static method).
 */
public record ActionRoute(String type, ActionTable table, Object handler) {

  /** The method, for messages: {@code CartHandlers.addItem}. */
  public String method() {
    return table.actions().get(type);
  }
}
