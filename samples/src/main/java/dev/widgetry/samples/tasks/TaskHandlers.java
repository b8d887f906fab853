package dev.widgetry.samples.tasks;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The task list's tasks and the actions of its checkboxes, its form and its button. */
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
  synchronized ActionResult toggle(TaskToggle toggle) {
    Task task = tasks.get(toggle.id());
    if (task == null) {
      return ActionResult.none().withMessage("There is no task \"" + toggle.id() + "\" on this list.");
    }
    tasks.put(task.id(), task.withDone(toggle.done()));
    return ActionResult.update(widget());
  }

  /** Adds a task at the end. */
  @OnAction("tasks.add")
  synchronized Card addTask(NewTask task) {
    add(task.title().trim(), false, null);
    return widget();
  }

  /** Removes the tasks that are done. */
  @OnAction("tasks.clear")
  synchronized Card clearDone() {
    tasks.values().removeIf(Task::done);
    return widget();
  }

  /** The list as it stands. */
  public synchronized TaskList list() {
    return new TaskList("Launch checklist", List.copyOf(new ArrayList<>(tasks.values())));
  }

  /** The widget the gallery shows now. */
  public synchronized Card widget() {
    return TaskCard.render(list());
  }

  private void add(String title, boolean done, String tag) {
    String id = "t" + ++lastId;
    tasks.put(id, new Task(id, title, done, tag));
  }
}
