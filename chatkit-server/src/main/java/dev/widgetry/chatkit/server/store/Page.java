package dev.widgetry.chatkit.server.store;

import java.util.List;

/**
 * A page of threads or items, as a store loads it.
 *
 * @param data the entries, in the order asked for
 * @param hasMore whether more entries follow this page
 * @param after the cursor for the next page: the id of this page's last entry, or null for an empty page
 * @param <T> the kind of entry
 */
public record Page<T>(List<T> data, boolean hasMore, String after) {

  public Page {
    data = List.copyOf(data);
  }
}
