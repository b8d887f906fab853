package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A page of threads, each without its items.
 *
 * @param data the threads
 * @param hasMore whether more threads follow this page
 * @param after the cursor for the next page: the id of this page's last thread
 */
@Widget
public record ThreadPage(
    @JsonProperty(value = "data", required = true) List<Thread> data,
    @JsonProperty("has_more") boolean hasMore,
    String after) {

  public ThreadPage {
    data = List.copyOf(data);
  }
}
