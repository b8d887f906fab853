package dev.widgetry.samples.tasks;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task list's tasks and the actions of its checkboxes, its form and its button. Each action
 * answers with a {@link Reply}: the ChatKit card for ChatKit, the {@link TaskSurface} drawn again
 * for A2UI, so the surface's buttons reach these very methods.
 */
public final class TaskHandlers {
  private final Map<String, Task> tasks = new LinkedHashMap<>();
  private int lastId;

  /** A list with the launch's first four tasks, one of them done. */
  public TaskHandlers() {
    add("Write the release notes", true, "Docs");
    add("Record the demo video", false, "Marketing");
    add("Update the pricing page", false, "Web");
    add("Email the beta testers", false, "Support");
  }

  /** Checks or unchecks a task. */
  @OnAction("tasks.toggle")
  synchronized Reply toggle(TaskToggle toggle) {
    Task task = tasks.get(toggle.id());
    if (task == null) {
      return Reply.of(ActionResult.class,
              () -> ActionResult.none().withMessage("There is no task \"" + toggle.id() + "\" on this list."))
          .or(A2uiAnswer.class, A2uiAnswer::none);
    }
    tasks.put(task.id(), task.withDone(toggle.done()));
    return Reply.of(ActionResult.class, () -> ActionResult.update(widget())).or(A2uiAnswer.class, this::surface);
  }

  /** Adds a task at the end. */
  @OnAction("tasks.add")
  synchronized Reply addTask(NewTask task) {
    add(task.title().trim(), false, null);
    return Reply.of(Card.class, this::widget).or(A2uiAnswer.class, this::surface);
  }

  /** Removes the tasks that are done. */
  @OnAction("tasks.clear")
  synchronized Reply clearDone() {
    tasks.values().removeIf(Task::done);
    return Reply.of(Card.class, this::widget).or(A2uiAnswer.class, this::surface);
  }

  /** The list as it stands. */
  public synchronized TaskList list() {
    return new TaskList("Launch checklist", List.copyOf(new ArrayList<>(tasks.values())));
  }

  /** The widget the gallery shows now. */
  public synchronized Card widget() {
    return TaskCard.render(list());
  }

  private A2uiAnswer surface() {
    return SurfaceUpdates.answer(TaskSurface.of(list()));
  }

  private void add(String title, boolean done, String tag) {
    String id = "t" + ++lastId;
    tasks.put(id, new Task(id, title, done, tag));
  }
}
