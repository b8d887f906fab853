package dev.widgetry.chatkit.server.types;

import dev.widgetry.annotations.Widget;

/** Whether a thread takes new messages: active, locked (for now), or closed. */
@Widget
public sealed interface ThreadStatus permits ThreadStatus.Active, ThreadStatus.Locked, ThreadStatus.Closed {
  /** The status of a thread that takes messages. */
  ThreadStatus ACTIVE = new Active();

  /** The thread takes messages. */
  @Widget("active")
  record Active() implements ThreadStatus {}

  /**
   * The thread takes no messages for now.
   *
   * @param reason why, for the user
   */
  @Widget("locked")
  record Locked(String reason) implements ThreadStatus {}

  /**
   * The thread takes no more messages.
   *
   * @param reason why, for the user
   */
  @Widget("closed")
  record Closed(String reason) implements ThreadStatus {}
}
