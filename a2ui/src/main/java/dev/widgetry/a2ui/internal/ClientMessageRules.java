package dev.widgetry.a2ui.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The rules of a renderer's message that both its readers follow: {@link
 * dev.widgetry.a2ui.A2ui#parseClientMessage} (whole, every problem listed) and the endpoint's
 * streaming reader (which stops at the first). A message is an envelope ({@code "version"} and one
 * body), CopilotKit's forwarded props ({@code "a2uiAction"}), or a bare action: the action's own
 * keys at the top level, with no body beside them. Top-level keys besides these are skipped, as a
 * transport may add its own; an action's timestamp is an RFC 3339 date-time, seconds included.
 */
public final class ClientMessageRules {
  /** What a timestamp must be, as a problem says it. */
  public static final String TIMESTAMP = "an RFC 3339 date-time such as \"2026-01-31T09:30:00Z\"";

  private static final Set<String> BODIES =
      Set.of("action", "error", "callAgentFunction", "rendererFunctionResponse", "a2uiAction");

  private ClientMessageRules() {}

  /** Whether {@code key} is one of the action's own properties, which a bare action has at the top level. */
  public static boolean isActionKey(String key) {
    switch (key) {
      case "name":
      case "surfaceId":
      case "sourceComponentId":
      case "timestamp":
      case "context":
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a message whose top level has {@code keys} is a bare action: some of its keys, no body,
   * and no {@code "version"}, which makes it an envelope whose action keys stand beside it.
   */
  public static boolean isBareAction(Set<String> keys) {
    return keys.stream().anyMatch(ClientMessageRules::isActionKey) && keys.stream().noneMatch(BODIES::contains)
        && !keys.contains("version");
  }

  /** The instant of an RFC 3339 date-time, seconds included; null when {@code text} is none. */
  public static Instant timestamp(String text) {
    if (!Formats.isDateTime(text)) {
      return null;
    }
    return OffsetDateTime.parse(text).toInstant();
  }
}
