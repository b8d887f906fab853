package dev.widgetry.samples.tasks;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Justify;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The task list as an A2UI surface. Its data model is a {@link TaskSurfaceModel}: the {@link
 * TaskList} and an empty {@link NewTask} the field writes to. Rows and the field bind to them by
 * typed paths, and the buttons fire {@link TaskHandlers}' own actions ({@code tasks.toggle}, {@code
 * tasks.add}, {@code tasks.clear}) through {@code TaskHandlersActions.A2ui}, whose parameters take
 * the payload's properties as paths of their types. A2UI's CheckBox fires no action, so each task
 * has a button whose context is the task's id and the opposite of its {@code done}.
 */
public final class TaskSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "tasks";

  private TaskSurface() {}

  /** The surface for the list as it stands, with an empty field. */
  public static Surface of(TaskList list) {
    TaskSurfaceModelPaths model = TaskSurfaceModelPaths.root();
    List<Node> rows = new ArrayList<>();
    rows.add(Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
        Text.of(model.list().title(), Text.Variant.H3),
        Text.of(list.doneCount() + " of " + list.tasks().size() + " done", Text.Variant.CAPTION)));
    for (int i = 0; i < list.tasks().size(); i++) {
      rows.add(task(model.list().tasks().item(i), list.tasks().get(i)));
    }
    rows.add(Divider.of());
    rows.add(form(model.draft()));
    if (list.doneCount() > 0) {
      rows.add(Row.of(Row.builder().justify(Justify.END),
          button("Clear completed", TaskHandlersActions.A2ui.clearDone(), Button.Variant.BORDERLESS)));
    }
    return Surface.builder(ID)
        .root(Card.of(Column.of(rows.toArray(Node[]::new))))
        .dataModel(new TaskSurfaceModel(list, new NewTask("")))
        .build();
  }

  private static Node task(TaskPaths paths, Task task) {
    List<Node> what = new ArrayList<>();
    what.add(task.done() ? Text.of(Functions.formatText("✓ ", paths.title())) : Text.of(paths.title()));
    if (task.tag() != null) {
      what.add(Text.of(paths.tag(), Text.Variant.CAPTION));
    }
    return Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
        Column.of(what.toArray(Node[]::new)),
        button(task.done() ? "Undo" : "Done",
            TaskHandlersActions.A2ui.toggle(paths.id(), Functions.not(paths.done())), Button.Variant.DEFAULT));
  }

  private static Node form(NewTaskPaths draft) {
    return Row.of(
        TextField.builder()
            .label(new StringLiteral("Add a task"))
            .value(draft.title())
            .variant(TextField.Variant.SHORT_TEXT)
            .checks(List.of(CheckRule.of(Functions.maxLength(draft.title(), 80), "At most 80 characters")))
            .build(),
        button("Add", TaskHandlersActions.A2ui.addTask(draft.title()), Button.Variant.PRIMARY,
            CheckRule.of(Functions.required(draft.title()), "Say what is to be done")));
  }
}
