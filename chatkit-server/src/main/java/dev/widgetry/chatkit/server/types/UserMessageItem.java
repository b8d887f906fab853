package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the user sent: text and tags, the files attached, the text quoted, and the options the
 * composer set.
 *
 * @param id the item's id
 * @param threadId the thread
 * @param createdAt when it was sent
 * @param content the text and tags, in order
 * @param attachments the files sent with it
 * @param quotedText the text the user quoted, if any
 * @param inferenceOptions the tool and model the user picked, if any
 */
@Widget("user_message")
public record UserMessageItem(
    @JsonProperty(value = "id", required = true) String id,
    @JsonProperty(value = "thread_id", required = true) String threadId,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "content", required = true) List<UserMessageContent> content,
    List<Attachment> attachments,
    @JsonProperty("quoted_text") String quotedText,
    @JsonProperty(value = "inference_options", required = true) InferenceOptions inferenceOptions)
    implements ThreadItem {

  public UserMessageItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(createdAt, "createdAt");
    content = List.copyOf(content);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    inferenceOptions = inferenceOptions == null ? InferenceOptions.NONE : inferenceOptions;
  }

  /** The message's text: its text parts and tags' text, joined by spaces. */
  public String text() {
    return content.stream().map(UserMessageContent::text).collect(Collectors.joining(" "));
  }
}
