package dev.widgetry.runtime.spi;

/**
 * A list of strings that may be known, when it was made, to need no escaping in JSON: each ASCII
 * from the space up, without {@code "} or {@code \}. A UTF-8 writer then copies them without
 * looking at their chars (A2UI's flattener knows this of the child ids it makes from ASCII
 * segments). Writers of other kinds write the strings as usual.
 */
public interface PlainStrings {
  /** Whether every string of the list is known to need no escaping. */
  boolean plain();
}
