package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.ActionProtocol;

/**
 * Chooses a request body's protocol from its bytes, without a parser, for the bodies clients send:
 * property names in plain ASCII, values of plain JSON, shallow nesting. It asks the protocols about
 * the same names in the same order as {@link ActionProtocols#parsed} does with a Jackson parser, and
 * gives up (null) on anything else: a byte outside printable ASCII and JSON's whitespace, an escape
 * in a name, a malformed or unusually long token, nesting past a few levels, the end of the body.
 * Before it asks about a name it has checked every byte up to the end of that name's value, more
 * than the parser has by then; so whatever it chooses, the parser would have chosen alike, and what
 * it gives up on is chosen by the parser, which also words what is wrong.
 */
final class PropertyPeek {
  /** Deeper bodies are left to the parser, which enforces the configured depth. */
  static final int MAX_DEPTH = 16;
  private static final int MAX_NAME = 64;
  private static final int MAX_NUMBER = 100;

  private PropertyPeek() {}

  /**
   * The protocol that recognises one of the body's property names, or null when the body is not
   * of the plain kind this reads or no protocol recognises it.
   *
   * @param maxDepth the deepest nesting to read, at most the parser's limit
   */
  static ActionProtocol choose(byte[] body, int maxDepth, PropertyNameCache names, ActionProtocols protocols) {
    int i = space(body, 0);
    if (maxDepth < 1 || i == body.length || body[i] != '{') {
      return null;
    }
    i = space(body, i + 1);
    while (i < body.length && body[i] == '"') {
      int end = nameEnd(body, i + 1);
      if (end < 0) {
        return null;
      }
      String name = names.name(body, i + 1, end);
      i = colon(body, end + 1);
      if (i < 0) {
        return null;
      }
      if (body[i] == '{') {
        if (maxDepth < 2) {
          return null;
        }
        i = space(body, i + 1);
        while (i < body.length && body[i] == '"') {
          int innerEnd = nameEnd(body, i + 1);
          if (innerEnd < 0) {
            return null;
          }
          String inner = names.name(body, i + 1, innerEnd);
          i = colon(body, innerEnd + 1);
          if (i < 0 || (i = skipValue(body, i, 2, maxDepth)) < 0) {
            return null;
          }
          ActionProtocol protocol = protocols.recognize(name, inner);
          if (protocol != null) {
            return protocol;
          }
          i = nextName(body, i);
        }
        if (i >= body.length || body[i] != '}') {
          return null;
        }
        i++;
      } else if ((i = skipValue(body, i, 1, maxDepth)) < 0) {
        return null;
      }
      ActionProtocol protocol = protocols.recognize(name, null);
      if (protocol != null) {
        return protocol;
      }
      i = nextName(body, i);
    }
    // An empty object, the end of one no protocol knows, or something malformed: the parser says which.
    return null;
  }

  /**
   * After a property's value: the next name's opening quote when a comma leads to one, the closing
   * brace when one follows, else the end of the body, which the caller refuses.
   */
  private static int nextName(byte[] body, int from) {
    int i = space(body, from);
    if (i == body.length) {
      return i;
    }
    if (body[i] == ',') {
      int next = space(body, i + 1);
      // A comma must lead to a name: "}" after it is a trailing comma, malformed.
      return next < body.length && body[next] == '"' ? next : body.length;
    }
    return body[i] == '}' ? i : body.length;
  }

  /** The index of the name's closing quote, or -1 for a name this does not read. */
  static int nameEnd(byte[] body, int from) {
    int limit = Math.min(body.length, from + MAX_NAME + 1);
    for (int i = from; i < limit; i++) {
      byte b = body[i];
      if (b == '"') {
        return i;
      }
      if (b < 0x20 || b == '\\' || b > 0x7E) {
        return -1;
      }
    }
    return -1;
  }

  /** The start of the value after the colon that follows a name, or -1. */
  static int colon(byte[] body, int from) {
    int i = space(body, from);
    if (i == body.length || body[i] != ':') {
      return -1;
    }
    i = space(body, i + 1);
    return i == body.length ? -1 : i;
  }

  /** The index just past the value starting at {@code from} at nesting {@code depth}, or -1. */
  private static int skipValue(byte[] body, int from, int depth, int maxDepth) {
    if (from >= body.length) {
      return -1;
    }
    byte b = body[from];
    switch (b) {
      case '"':
        return skipString(body, from + 1);
      case '{':
        return skipContainer(body, from, '}', depth + 1, maxDepth);
      case '[':
        return skipContainer(body, from, ']', depth + 1, maxDepth);
      case 't':
        return literal(body, from, "true");
      case 'f':
        return literal(body, from, "false");
      case 'n':
        return literal(body, from, "null");
      default:
        return b == '-' || (b >= '0' && b <= '9') ? skipNumber(body, from) : -1;
    }
  }

  private static int skipContainer(byte[] body, int open, char close, int depth, int maxDepth) {
    if (depth > maxDepth) {
      return -1;
    }
    boolean object = close == '}';
    int i = space(body, open + 1);
    if (i < body.length && body[i] == close) {
      return i + 1;
    }
    while (true) {
      if (object) {
        if (i >= body.length || body[i] != '"') {
          return -1;
        }
        int end = nameEnd(body, i + 1);
        if (end < 0 || (i = colon(body, end + 1)) < 0) {
          return -1;
        }
      }
      i = skipValue(body, i, depth, maxDepth);
      if (i < 0) {
        return -1;
      }
      i = space(body, i);
      if (i >= body.length) {
        return -1;
      }
      if (body[i] == close) {
        return i + 1;
      }
      if (body[i] != ',') {
        return -1;
      }
      i = space(body, i + 1);
    }
  }

  /** Past a string's closing quote; simple escapes are checked, {@code \\u} ones and non-ASCII left to the parser. */
  static int skipString(byte[] body, int from) {
    for (int i = from; i < body.length; i++) {
      byte b = body[i];
      if (b == '"') {
        return i + 1;
      }
      if (b < 0x20 || b > 0x7E) {
        return -1;
      }
      if (b == '\\') {
        if (++i == body.length || "\"\\/bfnrt".indexOf(body[i]) < 0) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Past a number of JSON's grammar, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, or -1. */
  private static int skipNumber(byte[] body, int from) {
    int i = from;
    if (body[i] == '-') {
      i++;
    }
    if (i < body.length && body[i] == '0') {
      i++;
    } else {
      int start = i;
      i = digits(body, i);
      if (i == start) {
        return -1;
      }
    }
    if (i < body.length && body[i] == '.') {
      int start = ++i;
      if ((i = digits(body, i)) == start) {
        return -1;
      }
    }
    if (i < body.length && (body[i] == 'e' || body[i] == 'E')) {
      i++;
      if (i < body.length && (body[i] == '+' || body[i] == '-')) {
        i++;
      }
      int start = i;
      if ((i = digits(body, i)) == start) {
        return -1;
      }
    }
    return i - from <= MAX_NUMBER && endsToken(body, i) ? i : -1;
  }

  private static int digits(byte[] body, int from) {
    int i = from;
    while (i < body.length && body[i] >= '0' && body[i] <= '9') {
      i++;
    }
    return i;
  }

  private static int literal(byte[] body, int from, String word) {
    int end = from + word.length();
    if (end > body.length) {
      return -1;
    }
    for (int i = 0; i < word.length(); i++) {
      if (body[from + i] != word.charAt(i)) {
        return -1;
      }
    }
    return endsToken(body, end) ? end : -1;
  }

  /** Whether a number or literal may end before {@code i}: "truex" and "12a" are malformed. */
  private static boolean endsToken(byte[] body, int i) {
    if (i == body.length) {
      return false;
    }
    byte b = body[i];
    return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  static int space(byte[] body, int from) {
    int i = from;
    while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
      i++;
    }
    return i;
  }
}
