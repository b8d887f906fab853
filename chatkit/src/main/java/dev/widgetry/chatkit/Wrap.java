package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether children that do not fit move to a new line. */
public enum Wrap {
  @JsonProperty("nowrap")
  NOWRAP,
  @JsonProperty("wrap")
  WRAP,
  @JsonProperty("wrap-reverse")
  WRAP_REVERSE
}
