package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * The tool and model the user picked in the composer.
 *
 * @param toolChoice the tool the assistant should use
 * @param model the model the assistant should use
 */
@Widget
public record InferenceOptions(@JsonProperty("tool_choice") ToolChoice toolChoice, String model) {
  /** No choice made. */
  public static final InferenceOptions NONE = new InferenceOptions(null, null);

  /**
   * A tool the user picked.
   *
   * @param id the tool's id, as the composer lists it
   */
  @Widget
  public record ToolChoice(@JsonProperty(value = "id", required = true) String id) {
    public ToolChoice {
      Objects.requireNonNull(id, "id");
    }
  }
}
