package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.annotations.Widget;
import java.util.Map;
import java.util.Objects;

/** A part of a user message: plain text, or a tag the user picked in the composer. */
@Widget
public sealed interface UserMessageContent permits UserMessageContent.Text, UserMessageContent.Tag {

  /** The part's text. */
  String text();

  /**
   * Plain text.
   *
   * @param text what the user typed
   */
  @Widget("input_text")
  record Text(@JsonProperty(value = "text", required = true) String text) implements UserMessageContent {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A tag (an entity the user mentioned).
   *
   * @param id the tag's id
   * @param text the text it shows
   * @param data what the application attached to it
   * @param group the group it was picked from
   * @param interactive whether it can be clicked
   */
  @Widget("input_tag")
  record Tag(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "text", required = true) String text,
      @JsonProperty(value = "data", required = true) Map<String, JsonNode> data,
      String group,
      Boolean interactive)
      implements UserMessageContent {
    public Tag {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      data = Map.copyOf(data);
      interactive = Boolean.TRUE.equals(interactive);
    }
  }
}
