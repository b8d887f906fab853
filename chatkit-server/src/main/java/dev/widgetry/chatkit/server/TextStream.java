package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.types.Annotation;
import dev.widgetry.chatkit.server.types.AssistantMessageContent;
import dev.widgetry.chatkit.server.types.AssistantMessageItem;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import dev.widgetry.chatkit.server.types.ThreadStreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An assistant message whose text arrives in pieces, each sent as a delta as it comes. Kept in the
 * thread when done; kept as far as it got when the answer ends early. Its state changes and is sent
 * under the {@link ThreadStream}'s lock, so pieces appended from several threads are sent in the
 * order they were kept.
 */
public final class TextStream implements AutoCloseable, ThreadStream.OpenItem {
  private final ThreadStream stream;
  private final AssistantMessageItem begun;
  private final StringBuilder text = new StringBuilder();
  private final List<Annotation> annotations = new ArrayList<>();
  private boolean done;

  TextStream(ThreadStream stream, AssistantMessageItem begun) {
    this.stream = stream;
    this.begun = begun;
    stream.opened(this);
    stream.send(new ThreadStreamEvent.ItemAdded(begun));
    stream.send(new ThreadStreamEvent.ItemUpdated(begun.id(),
        new ThreadItemUpdate.ContentPartAdded(0, AssistantMessageContent.of(""))));
  }

  /** The message's id. */
  public String id() {
    return begun.id();
  }

  /** Sends the next piece of text. */
  public TextStream append(String delta) {
    Objects.requireNonNull(delta, "delta");
    synchronized (stream) {
      requireOpen();
      text.append(delta);
      stream.send(new ThreadStreamEvent.ItemUpdated(begun.id(), new ThreadItemUpdate.TextDelta(0, delta)));
    }
    return this;
  }

  /** Adds a citation to the text. */
  public TextStream annotate(Annotation annotation) {
    Objects.requireNonNull(annotation, "annotation");
    synchronized (stream) {
      requireOpen();
      int index = annotations.size();
      annotations.add(annotation);
      stream.send(new ThreadStreamEvent.ItemUpdated(begun.id(),
          new ThreadItemUpdate.AnnotationAdded(0, index, annotation)));
    }
    return this;
  }

  /** Ends the message: it is kept in the thread and sent whole. */
  @Override
  public AssistantMessageItem done() {
    synchronized (stream) {
      if (done) {
        return current();
      }
      done = true;
      AssistantMessageItem item = current();
      stream.closed(this);
      AssistantMessageContent content = item.content().get(0);
      stream.complete(item,
          new ThreadStreamEvent.ItemUpdated(begun.id(), new ThreadItemUpdate.ContentPartDone(0, content)));
      return item;
    }
  }

  /** Ends the message when it has not ended yet. */
  @Override
  public void close() {
    done();
  }

  @Override
  public AssistantMessageItem current() {
    synchronized (stream) {
      return new AssistantMessageItem(begun.id(), begun.threadId(), begun.createdAt(),
          List.of(new AssistantMessageContent(text.toString(), annotations)));
    }
  }

  /** Called holding the stream's lock. */
  private void requireOpen() {
    if (done) {
      throw new IllegalStateException("The message " + begun.id() + " is done; begin another with streamText()");
    }
  }
}
