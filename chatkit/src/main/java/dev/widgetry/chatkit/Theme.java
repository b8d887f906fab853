package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The color scheme a root widget is drawn in, whatever the page uses. */
public enum Theme {
  @JsonProperty("light")
  LIGHT,
  @JsonProperty("dark")
  DARK
}
