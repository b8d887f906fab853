package dev.widgetry.samples.tasks;

import dev.widgetry.annotations.Widget;
import dev.widgetry.samples.constraints.NotBlank;

/**
 * One task on a list.
 *
 * @param id the task's id, unique in its list
 * @param title what is to be done
 * @param done whether it is done
 * @param tag who or what it belongs to, e.g. "Design"
 */
@Widget
public record Task(@NotBlank String id, @NotBlank String title, boolean done, String tag) {

  /** This task, done or not. */
  public Task withDone(boolean done) {
    return new Task(id, title, done, tag);
  }
}
