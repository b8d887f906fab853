package dev.widgetry.chatkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The look of a text field: a filled (soft) or an outlined box. */
public enum FieldVariant {
  @JsonProperty("soft")
  SOFT,
  @JsonProperty("outline")
  OUTLINE
}
