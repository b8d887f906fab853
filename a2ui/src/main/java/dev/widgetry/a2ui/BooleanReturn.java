package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code returnType} a call of a function that returns boolean may carry: only {@code "boolean"}. */
public enum BooleanReturn {
  @JsonProperty("boolean")
  BOOLEAN
}
