package dev.widgetry.runtime.internal;

import dev.widgetry.runtime.spi.ActionProtocol;
import java.util.Arrays;

/**
 * The openings of bodies whose protocol {@link PropertyPeek} chose at their first name, so that a
 * body that opens alike costs one comparison rather than the peek's reading and name look-ups. An
 * opening is the body up to the opening quote of the deciding name's string value: the first name's,
 * or, when the first name holds an object, the first name's in it ({@code {"action":{"type":"}).
 * The peek reads a body that opens alike the same way, asks the protocols about the same names, and
 * then, before choosing, checks that string; so once the string passes the same check, the peek's
 * choice is the remembered one, and where it does not, the peek (and then the parser) decides.
 * At most {@link #MAX} openings, never replaced: a client's unusual spacing can take a place, but not
 * make the table grow or churn. Shared by threads like {@link PropertyNameCache}: an opening is an
 * immutable entry, and a lost update only costs a later miss.
 */
final class KnownOpenings {
  static final int MAX = 8;

  private final Opening[] openings = new Opening[MAX];

  /** {@code depth} is the nesting the peek reads to reach the deciding name. */
  private record Opening(byte[] bytes, int depth, ActionProtocol protocol) {}

  /** The protocol the peek would choose for {@code body}, when it opens as a remembered body did; else null. */
  ActionProtocol protocol(byte[] body, int maxDepth) {
    for (Opening opening : openings) {
      if (opening == null) {
        return null;
      }
      int length = opening.bytes.length;
      if (body.length > length && Arrays.equals(opening.bytes, 0, length, body, 0, length)) {
        // Openings end where their structure does, so no other opening can match this body.
        return maxDepth >= opening.depth && PropertyPeek.skipString(body, length) >= 0 ? opening.protocol : null;
      }
    }
    return null;
  }

  /**
   * Remembers the opening of {@code body}, which the peek has chosen for, when its choice was made at
   * the first name (and the first name in it) and that name's value is a string; else does nothing.
   */
  void remember(byte[] body, int maxDepth, PropertyNameCache names, ActionProtocols protocols) {
    int free = 0;
    while (free < MAX && openings[free] != null) {
      free++;
    }
    if (free == MAX) {
      return;
    }
    int i = PropertyPeek.space(body, 0);
    if (i == body.length || body[i] != '{') {
      return;
    }
    i = PropertyPeek.space(body, i + 1);
    int end = i < body.length && body[i] == '"' ? PropertyPeek.nameEnd(body, i + 1) : -1;
    if (end < 0) {
      return;
    }
    String name = names.name(body, i + 1, end);
    if ((i = PropertyPeek.colon(body, end + 1)) < 0) {
      return;
    }
    String inner = null;
    int depth = 1;
    if (body[i] == '{') {
      i = PropertyPeek.space(body, i + 1);
      int innerEnd = i < body.length && body[i] == '"' ? PropertyPeek.nameEnd(body, i + 1) : -1;
      if (innerEnd < 0) {
        return;
      }
      inner = names.name(body, i + 1, innerEnd);
      if ((i = PropertyPeek.colon(body, innerEnd + 1)) < 0) {
        return;
      }
      depth = 2;
    }
    ActionProtocol protocol = body[i] == '"' && maxDepth >= depth ? protocols.recognize(name, inner) : null;
    if (protocol != null && protocol(body, maxDepth) == null) {
      openings[free] = new Opening(Arrays.copyOf(body, i + 1), depth, protocol);
    }
  }
}
