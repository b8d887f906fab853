package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code returnType} a call of a function that returns nothing may carry: only {@code "void"}. */
public enum VoidReturn {
  @JsonProperty("void")
  VOID
}
