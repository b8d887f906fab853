package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.IconName;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a streamed answer, sent as a Server-Sent Event: a thread or an item changed, or
 * something for the client to show or do.
 */
@Widget
public sealed interface ThreadStreamEvent
    permits ThreadStreamEvent.ThreadCreated,
        ThreadStreamEvent.ThreadUpdated,
        ThreadStreamEvent.ItemDone,
        ThreadStreamEvent.ItemAdded,
        ThreadStreamEvent.ItemUpdated,
        ThreadStreamEvent.ItemRemoved,
        ThreadStreamEvent.ItemReplaced,
        ThreadStreamEvent.StreamOptions,
        ThreadStreamEvent.ProgressUpdate,
        ThreadStreamEvent.ClientEffect,
        ThreadStreamEvent.ErrorEvent,
        ThreadStreamEvent.Notice {

  /**
   * A thread was made.
   *
   * @param thread the thread, with no items yet
   */
  @Widget("thread.created")
  record ThreadCreated(@JsonProperty(value = "thread", required = true) Thread thread) implements ThreadStreamEvent {
    public ThreadCreated {
      Objects.requireNonNull(thread, "thread");
    }
  }

  /**
   * A thread's title, status or metadata changed.
   *
   * @param thread the thread as it is now
   */
  @Widget("thread.updated")
  record ThreadUpdated(@JsonProperty(value = "thread", required = true) Thread thread) implements ThreadStreamEvent {
    public ThreadUpdated {
      Objects.requireNonNull(thread, "thread");
    }
  }

  /**
   * An item is complete and kept in the thread.
   *
   * @param item the item
   */
  @Widget("thread.item.done")
  record ItemDone(@JsonProperty(value = "item", required = true) ThreadItem item) implements ThreadStreamEvent {
    public ItemDone {
      Objects.requireNonNull(item, "item");
    }
  }

  /**
   * An item has begun; updates follow, then {@link ItemDone}.
   *
   * @param item the item as it begins
   */
  @Widget("thread.item.added")
  record ItemAdded(@JsonProperty(value = "item", required = true) ThreadItem item) implements ThreadStreamEvent {
    public ItemAdded {
      Objects.requireNonNull(item, "item");
    }
  }

  /**
   * A part of an item changed.
   *
   * @param itemId the item
   * @param update what changed
   */
  @Widget("thread.item.updated")
  record ItemUpdated(
      @JsonProperty(value = "item_id", required = true) String itemId,
      @JsonProperty(value = "update", required = true) ThreadItemUpdate update)
      implements ThreadStreamEvent {
    public ItemUpdated {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(update, "update");
    }
  }

  /**
   * An item was removed from the thread.
   *
   * @param itemId the item
   */
  @Widget("thread.item.removed")
  record ItemRemoved(@JsonProperty(value = "item_id", required = true) String itemId) implements ThreadStreamEvent {
    public ItemRemoved {
      Objects.requireNonNull(itemId, "itemId");
    }
  }

  /**
   * An item was replaced, keeping its id and place.
   *
   * @param item the item as it is now
   */
  @Widget("thread.item.replaced")
  record ItemReplaced(@JsonProperty(value = "item", required = true) ThreadItem item) implements ThreadStreamEvent {
    public ItemReplaced {
      Objects.requireNonNull(item, "item");
    }
  }

  /**
   * How the client may treat the stream.
   *
   * @param streamOptions the options
   */
  @Widget("stream_options")
  record StreamOptions(@JsonProperty(value = "stream_options", required = true) Options streamOptions)
      implements ThreadStreamEvent {
    public StreamOptions {
      Objects.requireNonNull(streamOptions, "streamOptions");
    }

    /**
     * The options of a stream.
     *
     * @param allowCancel whether the user may stop the answer
     */
    @Widget
    public record Options(@JsonProperty("allow_cancel") boolean allowCancel) {}
  }

  /**
   * A passing line about what the assistant is doing, such as "Searching flights".
   *
   * @param icon the icon shown beside it
   * @param text the line
   */
  @Widget("progress_update")
  record ProgressUpdate(IconName icon, @JsonProperty(value = "text", required = true) String text)
      implements ThreadStreamEvent {
    public ProgressUpdate {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Something for the page to do, by name, with data: its {@code onEffect} callback runs it.
   *
   * @param name the effect's name
   * @param data what the effect needs
   */
  @Widget("client_effect")
  record ClientEffect(@JsonProperty(value = "name", required = true) String name, Map<String, JsonNode> data)
      implements ThreadStreamEvent {
    public ClientEffect {
      Objects.requireNonNull(name, "name");
      data = data == null ? Map.of() : Map.copyOf(data);
    }
  }

  /**
   * The answer failed; the client shows it, with a retry button when allowed.
   *
   * @param code {@code custom} with a message for the user, or {@code stream.error}
   * @param message what to tell the user
   * @param allowRetry whether the user may retry
   */
  @Widget("error")
  record ErrorEvent(ErrorCode code, String message, @JsonProperty("allow_retry") boolean allowRetry)
      implements ThreadStreamEvent {
    public ErrorEvent {
      code = code == null ? ErrorCode.CUSTOM : code;
    }

    /** The kinds of error a stream reports. */
    public enum ErrorCode {
      /** A failure the message explains. */
      @JsonProperty("custom")
      CUSTOM,
      /** A failure the client words itself. */
      @JsonProperty("stream.error")
      STREAM_ERROR
    }
  }

  /**
   * A notice for the user, shown apart from the thread.
   *
   * @param level how serious it is
   * @param message what it says
   * @param title its title
   */
  @Widget("notice")
  record Notice(
      @JsonProperty(value = "level", required = true) Level level,
      @JsonProperty(value = "message", required = true) String message,
      String title)
      implements ThreadStreamEvent {
    public Notice {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(message, "message");
    }

    /** How serious a notice is. */
    public enum Level {
      @JsonProperty("info")
      INFO,
      @JsonProperty("warning")
      WARNING,
      @JsonProperty("danger")
      DANGER
    }
  }
}
