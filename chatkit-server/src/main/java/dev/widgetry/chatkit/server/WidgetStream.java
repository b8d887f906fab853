package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.internal.WidgetDiff;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import dev.widgetry.chatkit.server.types.WidgetItem;
import java.util.Objects;

/**
 * A widget sent through successive states. Each new state goes through the server's middleware,
 * then is sent as the smallest update that says the change (see {@code WidgetDiff}): a text delta,
 * a component update, or the whole root.
 * The widget is kept in the thread in its last state, so a reload shows what was streamed. Its
 * state changes and is sent under the {@link ThreadStream}'s lock, so updates from several threads
 * are sent in the order they were made.
 */
public final class WidgetStream implements AutoCloseable, ThreadStream.OpenItem {
  private final ThreadStream stream;
  private WidgetItem item;
  private boolean done;

  WidgetStream(ThreadStream stream, WidgetItem first) {
    this.stream = stream;
    this.item = first;
    stream.opened(this);
    stream.send(new ThreadStreamEvent.ItemAdded(first));
  }

  /** The widget item's id. */
  public String id() {
    return item.id();
  }

  /** Sends the change to {@code next}, the widget's new state; nothing when it did not change. */
  public WidgetStream update(WidgetRoot next) {
    WidgetRoot state = stream.shaped(Objects.requireNonNull(next, "next"));
    synchronized (stream) {
      if (done) {
        throw new IllegalStateException("The widget " + item.id() + " is done; begin another with streamWidget()");
      }
      WidgetItem before = item;
      item = item.withWidget(state);
      for (ThreadItemUpdate update : WidgetDiff.updates(before.widget(), state)) {
        stream.send(new ThreadStreamEvent.ItemUpdated(before.id(), update));
      }
    }
    return this;
  }

  /** Ends the widget: it is kept in the thread in its last state and sent done. */
  @Override
  public WidgetItem done() {
    synchronized (stream) {
      if (done) {
        return item;
      }
      done = true;
      stream.closed(this);
      stream.complete(item);
      return item;
    }
  }

  /** Ends the widget when it has not ended yet. */
  @Override
  public void close() {
    done();
  }

  @Override
  public WidgetItem current() {
    synchronized (stream) {
      return item;
    }
  }
}
