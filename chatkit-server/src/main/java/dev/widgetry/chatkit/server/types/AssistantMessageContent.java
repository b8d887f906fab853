package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Objects;

/**
 * A part of the assistant's text, with what it cites.
 *
 * @param text the text, in Markdown
 * @param annotations the sources it cites
 */
@Widget("output_text")
public record AssistantMessageContent(
    @JsonProperty(value = "text", required = true) String text,
    @JsonProperty(value = "annotations", required = true) List<Annotation> annotations) {

  public AssistantMessageContent {
    Objects.requireNonNull(text, "text");
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
  }

  /** Text with no annotations. */
  public static AssistantMessageContent of(String text) {
    return new AssistantMessageContent(text, List.of());
  }
}
