package dev.widgetry.samples.tasks;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Checkbox;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Direction;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Form;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Input;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.WidgetComponent;
import java.util.ArrayList;
import java.util.List;

/** Draws a task list as a ChatKit card: a checkbox per task, a form to add one, a button to clear the done ones. */
public final class TaskCard {
  private TaskCard() {}

  /** The list, its progress and its form. */
  public static Card render(TaskList list) {
    List<WidgetComponent> children = new ArrayList<>();
    children.add(Row.of(
        Col.of(Title.builder().value(list.title()).size(TitleSize.SM).build(),
            Caption.builder().value(list.doneCount() + " of " + list.tasks().size() + " done").key("progress").build()),
        Spacer.of(),
        Badge.builder().label("Ships Friday").color(Badge.Color.WARNING).pill(true).build()));
    for (Task task : list.tasks()) {
      children.add(row(task));
    }
    children.add(Divider.of());
    children.add(Form.builder()
        .key("new-task")
        .direction(Direction.ROW)
        .gap(Dimension.of(2))
        .onSubmitAction(TaskHandlersActions.addTask())
        .children(
            Input.builder().name("title").placeholder("Add a task").size(ControlSize.SM).build(),
            Button.builder().label("Add").submit(true).iconStart(IconName.PLUS).size(ControlSize.SM).build())
        .build());
    if (list.doneCount() > 0) {
      children.add(Button.builder().label("Clear completed").onClickAction(TaskHandlersActions.clearDone())
          .variant(ControlVariant.GHOST).color(Button.Color.SECONDARY).size(ControlSize.SM).build());
    }
    return Card.builder().children(children).build();
  }

  private static Row row(Task task) {
    List<WidgetComponent> children = new ArrayList<>();
    children.add(Checkbox.builder()
        .name("done")
        .key("check-" + task.id())
        .defaultChecked(task.done())
        .onChangeAction(TaskHandlersActions.toggle(task.id()))
        .build());
    children.add(Text.builder()
        .value(task.title())
        .lineThrough(task.done())
        .color(task.done() ? Color.of("tertiary") : null)
        .build());
    children.add(Spacer.of());
    if (task.tag() != null) {
      children.add(Badge.builder().label(task.tag()).size(Badge.Size.SM).build());
    }
    return Row.builder().key("task-" + task.id()).gap(Dimension.of(3)).children(children).build();
  }
}
