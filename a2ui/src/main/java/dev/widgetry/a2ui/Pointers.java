package dev.widgetry.a2ui;

import java.util.Set;

/**
 * JSON Pointers (RFC 6901) as A2UI uses them: {@code "/"} for the whole data model, absolute
 * pointers below it, and, inside a template, pointers relative to the current item ({@code ""} is
 * the item itself).
 */
final class Pointers {
  /** Segments web renderers refuse, since they would reach JavaScript's object machinery. */
  private static final Set<String> REFUSED = Set.of("__proto__", "constructor", "prototype");

  private Pointers() {}

  /** A key as a pointer segment: {@code ~} becomes {@code ~0}, then {@code /} becomes {@code ~1}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer of the child {@code escapedSegment} of {@code parent}: under the root {@code "/"}
   * it is {@code "/segment"}, under the relative root {@code ""} it is {@code "segment"}.
   */
  static String child(String parent, String escapedSegment) {
    if (parent.isEmpty()) {
      return escapedSegment;
    }
    return parent.equals("/") ? "/" + escapedSegment : parent + "/" + escapedSegment;
  }

  /**
   * A map key as a segment: escaped, and refused when a renderer cannot address it (an empty key,
   * which web renderers drop, so the binding would address the map itself; or {@code __proto__},
   * {@code constructor}, {@code prototype}).
   */
  static String keySegment(String key) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("an empty key cannot be bound: renderers drop empty pointer segments");
    }
    if (REFUSED.contains(key)) {
      throw new IllegalArgumentException("the key \"" + key + "\" cannot be bound: renderers refuse it as a pointer"
          + " segment");
    }
    return escape(key);
  }

  /**
   * Why a binding's pointer cannot be used, or null when it can: a {@code ~} that is not
   * {@code ~0} or {@code ~1}, or a segment web renderers refuse.
   */
  static String problem(String pointer) {
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
      if (next != '0' && next != '1') {
        return "\"" + pointer + "\" is not a JSON Pointer: \"~\" must be followed by 0 or 1 (write \"~0\" for"
            + " \"~\", \"~1\" for \"/\")";
      }
    }
    for (String segment : pointer.split("/", -1)) {
      if (REFUSED.contains(segment)) {
        return "\"" + pointer + "\" has the segment \"" + segment + "\", which renderers refuse; rename that key";
      }
    }
    return null;
  }

  /** Whether {@code pointer} is absolute, as {@code updateDataModel} needs it. */
  static boolean isAbsolute(String pointer) {
    return pointer.startsWith("/");
  }

  /** The pointer of the item at {@code index} of the list at {@code list}: {@code /items/3}. */
  static String item(String list, int index) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("a list index is 0 or more, and " + index + " is not");
    }
    if (list.isEmpty()) {
      return Integer.toString(index);
    }
    // As child(list, Integer.toString(index)), in one string rather than two.
    return list.equals("/") ? "/" + index : list + "/" + index;
  }

  /** The index of the message a pointer into an array of messages starts with: 3 for {@code /3/createSurface}. */
  static int messageIndex(String pointer) {
    int end = pointer.indexOf('/', 1);
    return Integer.parseInt(end < 0 ? pointer.substring(1) : pointer.substring(1, end));
  }
}
