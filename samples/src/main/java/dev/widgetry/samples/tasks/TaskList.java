package dev.widgetry.samples.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;
import java.util.List;

/**
 * A checklist a project assistant keeps.
 *
 * @param title the list's name
 * @param tasks the tasks, in the order they were added
 */
@Widget
public record TaskList(@NotBlank String title, @JsonProperty(required = true) List<Task> tasks) {

  /** How many tasks are done. */
  public long doneCount() {
    return tasks.stream().filter(Task::done).count();
  }
}
