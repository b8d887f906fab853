package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's feedback on the assistant's items: thumbs up or thumbs down. */
public enum FeedbackKind {
  @JsonProperty("positive")
  POSITIVE,
  @JsonProperty("negative")
  NEGATIVE
}
