package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.widgetry.annotations.Widget;
import dev.widgetry.chatkit.IconName;
import java.util.List;
import java.util.Objects;

/**
 * The tasks of a workflow, with a summary shown when it is folded.
 *
 * @param type whether it is the assistant's reasoning or the application's own
 * @param tasks the tasks, in order
 * @param summary what the folded workflow shows
 * @param expanded whether it is shown unfolded
 */
@Widget
public record Workflow(
    @JsonProperty(value = "type", required = true) Kind type,
    @JsonProperty(value = "tasks", required = true) List<Task> tasks,
    Summary summary,
    Boolean expanded) {

  public Workflow {
    Objects.requireNonNull(type, "type");
    tasks = List.copyOf(tasks);
  }

  /** What a workflow shows. */
  public enum Kind {
    @JsonProperty("custom")
    CUSTOM,
    @JsonProperty("reasoning")
    REASONING
  }

  /** What a folded workflow shows: a title, or how long it took. */
  @Widget
  @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
  public sealed interface Summary permits Summary.Custom, Summary.Duration {

    /**
     * A title of the application's choosing.
     *
     * @param title the title
     * @param icon the icon shown beside it
     */
    @Widget
    record Custom(@JsonProperty(value = "title", required = true) String title, IconName icon) implements Summary {
      public Custom {
        Objects.requireNonNull(title, "title");
      }
    }

    /**
     * How long the workflow took.
     *
     * @param duration the time taken, in seconds
     */
    @Widget
    record Duration(@JsonProperty(value = "duration", required = true) long duration) implements Summary {}
  }
}
