package dev.widgetry.chatkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.internal.EventSink;
import dev.widgetry.chatkit.server.internal.Ids;
import dev.widgetry.chatkit.server.store.ThreadStore;
import dev.widgetry.chatkit.server.types.AssistantMessageContent;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.ClientToolCallItem;
import dev.widgetry.chatkit.server.types.TaskItem;
import dev.widgetry.chatkit.server.types.Thread;
import dev.widgetry.chatkit.server.types.ThreadItem;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadItemPage;
import dev.widgetry.chatkit.server.types.ThreadMetadata;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.chatkit.server.types.WidgetItem;
import dev.widgetry.chatkit.server.types.WorkflowItem;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.WidgetMiddleware;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a {@link Responder} emits its answer: text (whole or streamed), widgets (whole, or as a
 * series of states), progress lines, client effects, notices, errors and any other item. An item
 * emitted whole is kept in the thread before it is sent done. A streamed text or widget is sent as
 * it grows ({@code thread.item.added}, then updates) and kept when it is done, so a reload shows
 * what was streamed. Hidden context items are kept and never sent. When the client leaves, the
 * next emit throws {@link StreamCancelledException}; what was done is kept, and streams still open
 * are kept as far as they got.
 *
 * <p>Every widget emitted, each state of a streamed one included, first goes through the server's
 * {@link WidgetMiddleware} (see {@link ChatKitServer.Builder#middleware}): what is compared, kept and
 * sent is the widget as the middleware left it.
 *
 * <p>Methods may be called from any thread: keeping an item and sending it hold one lock, so events
 * go out in the order the items were kept.
 */
public final class ThreadStream {
  /** What a stream says first about itself: the user may stop the answer. */
  static final ThreadStreamEvent CANCELLABLE =
      new ThreadStreamEvent.StreamOptions(new ThreadStreamEvent.StreamOptions.Options(true));

  private final EventSink sink;
  private final ThreadStore store;
  private final ActionContext context;
  private final WidgetMiddleware middleware;
  private ThreadMetadata thread;
  private boolean threadChanged;
  private IOException clientGone;
  /** Streams begun and not yet done, kept as far as they got when the answer ends early. */
  private final Set<OpenItem> open = new LinkedHashSet<>();

  /** An item that has begun streaming and is not done. */
  interface OpenItem {
    /** The item as far as it got. */
    ThreadItem current();

    /** Completes it: keeps it and sends it done. */
    ThreadItem done();
  }

  ThreadStream(EventSink sink, ThreadStore store, ActionContext context, ThreadMetadata thread,
      WidgetMiddleware middleware) {
    this.sink = sink;
    this.store = store;
    this.context = context;
    this.thread = thread;
    this.middleware = middleware;
  }

  /** The thread, as the answer has changed it so far. */
  public synchronized ThreadMetadata thread() {
    return thread;
  }

  /** The request's context. */
  public ActionContext context() {
    return context;
  }

  /** Whether the client has left. */
  public synchronized boolean cancelled() {
    return clientGone != null;
  }

  /** A new id for a message or widget of this thread: {@code msg_...}. */
  public String newItemId() {
    return Ids.message();
  }

  /**
   * A new id for an item of this kind, prefixed as chatkit-python prefixes it: {@code tc_} for a
   * client tool call, {@code wf_} for a workflow, {@code tsk_} for a task, {@code msg_} for the rest.
   */
  public String newItemId(Class<? extends ThreadItem> kind) {
    if (ClientToolCallItem.class.isAssignableFrom(kind)) {
      return Ids.toolCall();
    }
    if (WorkflowItem.class.isAssignableFrom(kind)) {
      return Ids.workflow();
    }
    if (TaskItem.class.isAssignableFrom(kind)) {
      return Ids.task();
    }
    return Ids.message();
  }

  /** An assistant message with this text (Markdown), sent whole. */
  public AssistantMessageItem text(String text) {
    Objects.requireNonNull(text, "text");
    AssistantMessageItem item = new AssistantMessageItem(newItemId(), thread().id(), Instant.now(),
        List.of(AssistantMessageContent.of(text)));
    add(item);
    return item;
  }

  /**
   * Begins an assistant message whose text arrives in pieces: {@link TextStream#append} each piece,
   * then {@link TextStream#done} (or close it).
   */
  public TextStream streamText() {
    return new TextStream(this, new AssistantMessageItem(newItemId(), thread().id(), Instant.now(), List.of()));
  }

  /** A widget, sent whole: a catalog root, or a template's render. */
  public WidgetItem widget(WidgetRoot widget) {
    return widget(widget, null);
  }

  /**
   * A widget, sent whole.
   *
   * @param copyText what the copy button copies, or null
   */
  public WidgetItem widget(WidgetRoot widget, String copyText) {
    WidgetItem item = new WidgetItem(newItemId(), thread().id(), Instant.now(), shaped(widget), copyText);
    complete(item);
    return item;
  }

  /**
   * Begins a widget that changes as it is produced: {@link WidgetStream#update} with each new
   * state, then {@link WidgetStream#done} (or close it). Each change is sent as the smallest
   * update that says it; the widget is kept in its last state.
   */
  public WidgetStream streamWidget(WidgetRoot first) {
    return streamWidget(first, null);
  }

  /** Begins a widget that changes as it is produced, with what its copy button copies. */
  public WidgetStream streamWidget(WidgetRoot first, String copyText) {
    return new WidgetStream(this, new WidgetItem(newItemId(), thread().id(), Instant.now(), shaped(first), copyText));
  }

  /** A widget through its successive states, the last one kept; returns the kept item. */
  public WidgetItem widget(Iterable<? extends WidgetRoot> states) {
    Iterator<? extends WidgetRoot> each = states.iterator();
    if (!each.hasNext()) {
      throw new IllegalArgumentException("A widget streamed through no states: give it one at least");
    }
    try (WidgetStream widget = streamWidget(each.next())) {
      while (each.hasNext()) {
        widget.update(each.next());
      }
      return widget.done();
    }
  }

  /** A passing line about what the assistant is doing. */
  public void progress(String text) {
    send(new ThreadStreamEvent.ProgressUpdate(null, text));
  }

  /** A passing line about what the assistant is doing, with an icon. */
  public void progress(IconName icon, String text) {
    send(new ThreadStreamEvent.ProgressUpdate(icon, text));
  }

  /** Asks the page to do something, by name: its {@code onEffect} callback gets the name and data. */
  public void clientEffect(String name, Map<String, JsonNode> data) {
    send(new ThreadStreamEvent.ClientEffect(name, data));
  }

  /** A notice for the user, shown apart from the thread. */
  public void notice(ThreadStreamEvent.Notice.Level level, String message) {
    notice(level, message, null);
  }

  /** A notice for the user, with a title. */
  public void notice(ThreadStreamEvent.Notice.Level level, String message, String title) {
    send(new ThreadStreamEvent.Notice(level, message, title));
  }

  /** Tells the user the answer failed, in these words; with a retry button when {@code allowRetry}. */
  public void error(String message, boolean allowRetry) {
    send(new ThreadStreamEvent.ErrorEvent(ThreadStreamEvent.ErrorEvent.ErrorCode.CUSTOM, message, allowRetry));
  }

  /**
   * Adds any complete item to the thread: a task, a workflow, a client tool call... A widget item's
   * widget goes through the middleware first.
   */
  public void add(ThreadItem item) {
    complete(shaped(item));
  }

  /**
   * Keeps a complete item, then sends {@code before} and the item done: kept first, so an item the
   * client may have seen is never lost, even when the client leaves before it is sent. A hidden
   * item is kept and not sent: the client never sees it. Keeping and sending hold one lock, so
   * items are sent in the order they are kept.
   */
  void complete(ThreadItem item, ThreadStreamEvent... before) {
    requireThisThread(item);
    synchronized (this) {
      store.addItem(item, context);
      if (item.hidden()) {
        return;
      }
      for (ThreadStreamEvent event : before) {
        send(event);
      }
      send(new ThreadStreamEvent.ItemDone(item));
    }
  }

  /**
   * Replaces an item of the thread, keeping its place; a widget item's widget goes through the
   * middleware first. A hidden item is kept and not sent.
   */
  public void replace(ThreadItem item) {
    requireThisThread(item);
    ThreadItem shaped = shaped(item);
    synchronized (this) {
      store.saveItem(shaped, context);
      if (!shaped.hidden()) {
        send(new ThreadStreamEvent.ItemReplaced(shaped));
      }
    }
  }

  /**
   * Sends a change to an item the client has: a workflow's task added or updated, a generated
   * image's progress... It is sent, not kept (as chatkit-python does with {@code thread.item.updated}):
   * {@link #replace} the item too when a reload must show the change.
   */
  public void update(String itemId, ThreadItemUpdate update) {
    send(new ThreadStreamEvent.ItemUpdated(Objects.requireNonNull(itemId, "itemId"),
        Objects.requireNonNull(update, "update")));
  }

  /** Removes an item from the thread. */
  public void remove(String itemId) {
    synchronized (this) {
      store.deleteItem(thread.id(), itemId, context);
      send(new ThreadStreamEvent.ItemRemoved(itemId));
    }
  }

  /** Renames the thread; kept and sent when the answer ends. */
  public synchronized void title(String title) {
    thread = thread.withTitle(Objects.requireNonNull(title, "title"));
    threadChanged = true;
  }

  /** The widget as the server's middleware changes it for this request; itself when there is none. */
  WidgetRoot shaped(WidgetRoot widget) {
    Objects.requireNonNull(widget, "widget");
    if (middleware == null) {
      return widget;
    }
    WidgetRoot changed = middleware.apply(widget, context);
    if (changed == null) {
      throw new IllegalStateException("The middleware " + middleware.getClass().getName()
          + " returned null; return the widget to leave it as it is");
    }
    return changed;
  }

  private ThreadItem shaped(ThreadItem item) {
    return item instanceof WidgetItem widget ? widget.withWidget(shaped(widget.widget())) : item;
  }

  /** Sends one event; throws {@link StreamCancelledException} once the client has gone. */
  synchronized void send(ThreadStreamEvent event) {
    if (clientGone != null) {
      throw new StreamCancelledException(clientGone);
    }
    try {
      sink.send(event);
    } catch (IOException e) {
      clientGone = e;
      throw new StreamCancelledException(e);
    }
  }

  synchronized void opened(OpenItem item) {
    open.add(item);
  }

  synchronized void closed(OpenItem item) {
    open.remove(item);
  }

  /** Completes the streams the responder left open, then sends the thread if it changed. */
  void finish() {
    for (OpenItem item : openItems()) {
      item.done();
    }
    ThreadMetadata changed = takeChangedThread();
    if (changed != null) {
      store.saveThread(changed, context);
      send(new ThreadStreamEvent.ThreadUpdated(Thread.of(changed, ThreadItemPage.EMPTY)));
    }
  }

  /** Keeps what the answer did when it ended early: open streams as far as they got, the new title. */
  void keepWhatWasDone() {
    for (OpenItem item : openItems()) {
      store.saveItem(item.current(), context);
      closed(item);
    }
    ThreadMetadata changed = takeChangedThread();
    if (changed != null) {
      store.saveThread(changed, context);
    }
  }

  /** The thread when the answer changed it, else null; taken once. */
  private synchronized ThreadMetadata takeChangedThread() {
    ThreadMetadata changed = threadChanged ? thread : null;
    threadChanged = false;
    return changed;
  }

  private synchronized List<OpenItem> openItems() {
    return new ArrayList<>(open);
  }

  private void requireThisThread(ThreadItem item) {
    if (!item.threadId().equals(thread().id())) {
      throw new IllegalArgumentException("The item " + item.id() + " belongs to thread " + item.threadId()
          + ", not to " + thread().id() + ", the thread being answered");
    }
  }
}
