package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A message as the composer sends it, before it becomes an item.
 *
 * @param content the text and tags
 * @param attachments the ids of the attachments sent with it
 * @param quotedText the text the user quoted
 * @param inferenceOptions the tool and model the user picked
 */
@Widget
public record UserMessageInput(
    @JsonProperty(value = "content", required = true) List<UserMessageContent> content,
    List<String> attachments,
    @JsonProperty("quoted_text") String quotedText,
    @JsonProperty("inference_options") InferenceOptions inferenceOptions) {

  public UserMessageInput {
    content = List.copyOf(content);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
