package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code returnType} a call of a function that returns string may carry: only {@code "string"}. */
public enum StringReturn {
  @JsonProperty("string")
  STRING
}
