package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.WidgetRoot;
import java.time.Instant;
import java.util.Objects;

/**
 * A widget in the thread, in its latest state.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when the widget was first shown
 * @param widget the widget
 * @param copyText what the copy button copies
 */
@Widget("widget")
public record WidgetItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "widget", required = true) WidgetRoot widget,
    @JsonProperty("copy_text") String copyText)
    implements ThreadItem {

  public WidgetItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(widget, "widget");
  }

  /** The same item showing {@code widget}. */
  public WidgetItem withWidget(WidgetRoot widget) {
    return new WidgetItem(id, threadId, createdAt, widget, copyText);
  }
}
