package dev.widgetry.processor.template.a2ui;

/** JSON Pointers (RFC 6901) into the file, as messages name places. */
final class Pointers {
  private Pointers() {}

  /** {@code parent} and one more token, escaped. */
  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer as a message shows it: the root is {@code ""}, which reads badly alone. */
  static String shown(String pointer) {
    return pointer.isEmpty() ? "the file's top level" : pointer;
  }
}
