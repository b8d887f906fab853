package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;

/**
 * The answer to {@code threads.sync_custom_action}: the item the action changed, if any.
 *
 * @param updatedItem the item as it is now
 */
@Widget
public record SyncCustomActionResponse(@JsonProperty("updated_item") ThreadItem updatedItem) {}
