package dev.widgetry.chatkit.server.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The order of a page: oldest first, or newest first. */
public enum Order {
  @JsonProperty("asc")
  ASC,
  @JsonProperty("desc")
  DESC
}
