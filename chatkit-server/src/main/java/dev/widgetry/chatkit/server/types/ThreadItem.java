package dev.widgetry.chatkit.server.types;

import dev.widgetry.annotations.Widget;
import java.time.Instant;

/**
 * One entry of a thread, as ChatKit shows and stores it: a message, a widget, a tool call, a task
 * or workflow, or context the client never sees. Written with its {@code "type"} first.
 */
@Widget
public sealed interface ThreadItem
    permits UserMessageItem,
        AssistantMessageItem,
        ClientToolCallItem,
        WidgetItem,
        GeneratedImageItem,
        StructuredInputItem,
        WorkflowItem,
        TaskItem,
        HiddenContextItem,
        SdkHiddenContextItem,
        EndOfTurnItem {

  /** The item's id, unique in the store. */
  String id();

  /** The thread the item belongs to. */
  String threadId();

  /** When the item was made. */
  Instant createdAt();

  /** Whether the client never sees the item: context kept for the assistant only. */
  default boolean hidden() {
    return false;
  }
}
