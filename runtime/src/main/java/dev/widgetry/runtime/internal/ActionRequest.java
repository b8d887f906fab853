package dev.widgetry.runtime.internal;

/**
 * An action request, read and checked: which of the three shapes it came in, where it goes, its
 * parsed payload, and the ids it named.
 *
 * @param shape how the request arrived, which decides how it is answered
 * @param route the handler it goes to
 * @param payload the payload parsed into the handler's type, or null when the handler takes none
 * @param itemId the widget item the action came from, or null
 * @param threadId the thread, or null
 */
public record ActionRequest(Shape shape, ActionRoute route, Object payload, String itemId, String threadId) {

  /** The request shapes a dispatcher accepts. */
  public enum Shape {
    /** {@code {"action": {...}, "itemId": ...}}, as a page's {@code widgets.onAction} forwards it. */
    PAGE,
    /** ChatKit's {@code threads.sync_custom_action}: answered with {@code {"updated_item": ...}}. */
    SYNC,
    /** ChatKit's {@code threads.custom_action}: answered with thread events, as Server-Sent Events. */
    STREAM
  }
}
