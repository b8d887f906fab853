package dev.widgetry.chatkit.internal;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionRoute;
import dev.widgetry.runtime.spi.AnswerPipelines;
import dev.widgetry.runtime.spi.Replies;
import java.util.List;

/**
 * A ChatKit action request, read and checked: which of the three shapes it came in, where it goes,
 * its parsed payload, and the ids it named. It answers in the form its shape asks for.
 *
 * @param shape how the request arrived, which decides how it is answered
 * @param route the handler it goes to
 * @param payload the payload parsed into the handler's type, or null when the handler takes none
 * @param itemId the widget item the action came from, or null
 * @param threadId the thread, or null
 */
record ChatKitCall(Shape shape, ActionRoute route, Object payload, String itemId, String threadId)
    implements ActionCall {
  /** The forms of a {@link Reply} ChatKit takes, the one it prefers first. */
  private static final List<Class<?>> REPLY_FORMS = List.of(ActionResult.class, WidgetRoot.class);

  /** The request shapes ChatKit's protocol reads. */
  enum Shape {
    /** {@code {"action": {...}, "itemId": ...}}, as a page's {@code widgets.onAction} forwards it. */
    PAGE,
    /** ChatKit's {@code threads.sync_custom_action}: answered with {@code {"updated_item": ...}}. */
    SYNC,
    /** ChatKit's {@code threads.custom_action}: answered with thread events, as Server-Sent Events. */
    STREAM
  }

  @Override
  public ActionContext context(ActionContext base) {
    return base.withIds(itemId, threadId);
  }

  @Override
  public ActionResponse answer(Object returned, ActionContext context, AnswerPipelines middleware) {
    ActionResult result = toResult(returned);
    if (result.widget().isPresent()) {
      result = result.withWidget(middleware.apply(WidgetRoot.class, result.widget().get(), context));
    }
    if (shape != Shape.PAGE) {
      ThreadActionAnswerer server = context.get(ThreadActionAnswerer.class).orElse(null);
      if (server != null) {
        return server.answer(result, shape == Shape.STREAM, itemId, threadId, context);
      }
    }
    switch (shape) {
      case SYNC:
        return ActionResponse.ok(ActionResponse.JSON, ChatKitAnswers.sync(result, itemId, threadId));
      case STREAM:
        return ActionResponse.ok(ActionResponse.EVENT_STREAM, ChatKitAnswers.events(result, itemId, threadId));
      default:
        return ActionResponse.ok(ActionResponse.JSON, ChatKitAnswers.page(result));
    }
  }

  private ActionResult toResult(Object returned) {
    if (returned instanceof Reply) {
      returned = Replies.answer((Reply) returned, route, "ChatKit", REPLY_FORMS);
    }
    if (returned == null) {
      return ActionResult.none();
    }
    if (returned instanceof ActionResult) {
      return (ActionResult) returned;
    }
    if (returned instanceof WidgetRoot) {
      return ActionResult.replace((WidgetRoot) returned);
    }
    throw new IllegalStateException(route.method() + " returned a " + returned.getClass().getName()
        + ", which is neither an ActionResult, a WidgetRoot nor a Reply");
  }
}
