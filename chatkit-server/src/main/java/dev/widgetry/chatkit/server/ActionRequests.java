package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.internal.ThreadActionAnswerer;
import dev.widgetry.chatkit.server.internal.Answers;
import dev.widgetry.chatkit.server.internal.ChatKitRequest;
import dev.widgetry.chatkit.server.internal.EventSink;
import dev.widgetry.chatkit.server.internal.Ids;
import dev.widgetry.chatkit.server.internal.WidgetDiff;
import dev.widgetry.chatkit.server.store.NotFoundException;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.AssistantMessageContent;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.SyncCustomActionResponse;
import dev.widgetry.chatkit.server.types.SyncCustomActionResponseWidgetCodec;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionError;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ActionResult;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code threads.custom_action} and {@code threads.sync_custom_action}: the thread and the widget
 * item the action names are checked first, then the request goes to the application's
 * {@link ActionDispatcher} (the same {@code @OnAction} handlers a page's actions reach), and what the
 * handler changed is kept in the thread before it is sent. The handler's context carries the
 * thread ({@code context.get(ThreadMetadata.class)}) and the sender ({@code context.get(WidgetItem.class)}).
 * A store that fails, with a {@code StoreException} or any other runtime exception, is logged and
 * answered with {@code internal_error} (or a stream's {@code error} event).
 *
 * <p>Two actions on one widget may run at once. The updates sent for a handler's widget are found
 * against the widget as the store holds it when the change is kept (another action's change
 * included), not as it was when this request began, so a client that applied the other action's
 * updates ends at the widget kept. Keeping and comparing hold a lock of the widget's item in this
 * server; servers sharing one database can still interleave there.
 */
final class ActionRequests {
  private static final System.Logger LOG = System.getLogger(ChatKitServer.class.getName());

  private final ActionDispatcher actions;
  private final ThreadStore store;
  /** Striped by item id: one change of an item at a time, without a lock per item ever seen. */
  private final ReentrantLock[] itemLocks = new ReentrantLock[64];

  ActionRequests(ActionDispatcher actions, ThreadStore store) {
    this.actions = actions;
    this.store = store;
    for (int i = 0; i < itemLocks.length; i++) {
      itemLocks[i] = new ReentrantLock();
    }
  }

  CompletionStage<ActionResponse> answer(byte[] body, ChatKitRequest.Params.Action params, boolean streamed,
      ActionContext context) {
    if (actions == null) {
      return refuse(streamed, ActionError.UNSUPPORTED_REQUEST,
          "This ChatKit server has no action handlers: give it an ActionDispatcher.");
    }
    ThreadMetadata thread;
    WidgetItem sender = null;
    try {
      thread = store.loadThread(params.threadId(), context);
      if (params.itemId() != null) {
        ThreadItem item = store.loadItem(thread.id(), params.itemId(), context);
        if (!(item instanceof WidgetItem widget)) {
          return refuse(streamed, ActionError.MALFORMED_REQUEST,
              "Item " + params.itemId() + " is not a widget, so it sent no action.");
        }
        sender = widget;
      }
    } catch (NotFoundException e) {
      return refuse(streamed, ActionError.NOT_FOUND, e.getMessage() + ".");
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "The store failed before a custom action", e);
      return refuse(streamed, ActionError.INTERNAL_ERROR, "The request failed; the server logged why.");
    }
    ActionContext handlerContext = context
        .with(ThreadActionAnswerer.class, new Answerer(sender))
        .with(ThreadMetadata.class, thread);
    if (sender != null) {
      handlerContext = handlerContext.with(WidgetItem.class, sender);
    }
    return actions.dispatch(body, handlerContext)
        .thenApply(response -> streamed && response.errorCode().isPresent() ? Answers.asErrorStream(response) : response);
  }

  private static CompletionStage<ActionResponse> refuse(boolean streamed, ActionError error, String message) {
    return CompletableFuture.completedFuture(streamed
        ? Answers.errorStream(message, error.status() >= 500)
        : ActionResponse.error(error, message));
  }

  /** Keeps and sends what a handler's result changed in the thread. */
  private final class Answerer implements ThreadActionAnswerer {
    private final WidgetItem sender;

    Answerer(WidgetItem sender) {
      this.sender = sender;
    }

    @Override
    public ActionResponse answer(ActionResult result, boolean streamed, String itemId, String threadId,
        ActionContext context) {
      if (streamed) {
        return ActionResponse.stream(ActionResponse.EVENT_STREAM,
            out -> events(result, threadId, context, new EventSink(out)));
      }
      try {
        ThreadItem updated = changesSender(result)
            ? keepSenderChange(result.widget().orElseThrow(), context).after() : null;
        return ActionResponse.ok(ActionResponse.JSON,
            SyncCustomActionResponseWidgetCodec.INSTANCE.toJsonBytes(new SyncCustomActionResponse(updated)));
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "The store failed to keep what a custom action changed", e);
        return ActionResponse.error(ActionError.INTERNAL_ERROR, "The action's change could not be kept; the server logged why.");
      }
    }

    private void events(ActionResult result, String threadId, ActionContext context, EventSink sink)
        throws IOException {
      sink.send(ThreadStream.CANCELLABLE);
      try {
        if (result.widget().isPresent()) {
          WidgetRoot widget = result.widget().get();
          if (changesSender(result)) {
            SenderChange change = keepSenderChange(widget, context);
            if (result.kind() == ActionResult.Kind.REPLACE) {
              sink.send(new ThreadStreamEvent.ItemReplaced(change.after()));
            } else {
              for (ThreadItemUpdate update : WidgetDiff.updates(change.before().widget(), widget)) {
                sink.send(new ThreadStreamEvent.ItemUpdated(change.after().id(), update));
              }
            }
          } else {
            WidgetItem added = new WidgetItem(Ids.message(), threadId, Instant.now(), widget, null);
            store.addItem(added, context);
            sink.send(new ThreadStreamEvent.ItemDone(added));
          }
        }
        if (result.message().isPresent()) {
          AssistantMessageItem message = new AssistantMessageItem(Ids.message(), threadId, Instant.now(),
              List.of(AssistantMessageContent.of(result.message().get())));
          store.addItem(message, context);
          sink.send(new ThreadStreamEvent.ItemDone(message));
        }
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "The store failed to keep what a custom action changed", e);
        sink.send(new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.STREAM_ERROR, null, true));
      }
    }

    /** Whether the result changes the widget that sent the action (rather than adding one). */
    private boolean changesSender(ActionResult result) {
      return sender != null
          && (result.kind() == ActionResult.Kind.REPLACE || result.kind() == ActionResult.Kind.UPDATE);
    }

    /** Keeps the handler's widget in the sender's item, and says what the store held before it. */
    private SenderChange keepSenderChange(WidgetRoot widget, ActionContext context) {
      ReentrantLock lock = itemLocks[Math.floorMod(sender.id().hashCode(), itemLocks.length)];
      lock.lock();
      try {
        WidgetItem before = sender;
        try {
          if (store.loadItem(sender.threadId(), sender.id(), context) instanceof WidgetItem kept) {
            before = kept;
          }
        } catch (NotFoundException deletedMeanwhile) {
          // kept again below, from the state this request began with
        }
        WidgetItem after = before.withWidget(widget);
        store.saveItem(after, context);
        return new SenderChange(before, after);
      } finally {
        lock.unlock();
      }
    }
  }

  /** The sender's item as the store held it before a handler's change was kept, and after. */
  private record SenderChange(WidgetItem before, WidgetItem after) {}
}
