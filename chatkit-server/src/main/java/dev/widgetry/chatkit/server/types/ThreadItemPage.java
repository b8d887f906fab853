package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A page of a thread's items.
 *
 * @param data the items
 * @param hasMore whether more items follow this page
 * @param after the cursor for the next page: the id of this page's last item
 */
@Widget
public record ThreadItemPage(
    @JsonProperty(value = "data", required = true) List<ThreadItem> data,
    @JsonProperty("has_more") boolean hasMore,
    String after) {
  /** No items. */
  public static final ThreadItemPage EMPTY = new ThreadItemPage(List.of(), false, null);

  public ThreadItemPage {
    data = List.copyOf(data);
  }
}
