package dev.widgetry.chatkit.internal;

import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ActionResult;

/**
 * Answers the ChatKit server requests {@code threads.custom_action} and
 * {@code threads.sync_custom_action} in a server's place: a ChatKit server
 * ({@code widgetry-chatkit-server}) attaches one to the context of the request it hands the
 * dispatcher, so the handler runs through the one dispatch table and the server keeps what the
 * handler changed in its thread before it answers. Without one, the dispatcher answers them itself
 * and keeps nothing.
 */
public interface ThreadActionAnswerer {

  /**
   * The answer to a custom action whose handler returned {@code result} (after middleware).
   *
   * @param streamed whether the request was {@code threads.custom_action} (thread events) rather
   *     than {@code threads.sync_custom_action} (the updated item)
   * @param itemId the widget item the action came from, or null
   * @param threadId the thread
   */
  ActionResponse answer(ActionResult result, boolean streamed, String itemId, String threadId, ActionContext context);
}
