package dev.widgetry.chatkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the actions in a widget: what a component fires, and every action a whole widget can fire. */
public final class WidgetActions {

  private WidgetActions() {}

  /**
   * The action {@code component} itself fires: a button's click, a form's submit, the change of a
   * select, date picker, checkbox or radio group; empty for any other component, and for one that
   * sets none. The actions of its children are theirs, not its.
   */
  public static Optional<ActionConfig> of(WidgetComponent component) {
    if (component instanceof Button button) {
      return Optional.ofNullable(button.onClickAction());
    }
    if (component instanceof Form form) {
      return Optional.ofNullable(form.onSubmitAction());
    }
    if (component instanceof Select select) {
      return Optional.ofNullable(select.onChangeAction());
    }
    if (component instanceof DatePicker picker) {
      return Optional.ofNullable(picker.onChangeAction());
    }
    if (component instanceof Checkbox checkbox) {
      return Optional.ofNullable(checkbox.onChangeAction());
    }
    if (component instanceof RadioGroup group) {
      return Optional.ofNullable(group.onChangeAction());
    }
    return Optional.empty();
  }

  /**
   * Every action {@code widget} can fire, in the order of a {@link WidgetRewriter} walk (a
   * container's after its children's): those of components, of list view items, and of cards'
   * confirm and cancel buttons.
   */
  public static List<ActionConfig> all(WidgetRoot widget) {
    List<ActionConfig> found = new ArrayList<>();
    new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        of(component).ifPresent(found::add);
        return component;
      }

      @Override
      protected ListViewItem listViewItem(ListViewItem item) {
        if (item.onClickAction() != null) {
          found.add(item.onClickAction());
        }
        return item;
      }

      @Override
      protected WidgetRoot root(WidgetRoot root) {
        if (root instanceof Card card) {
          if (card.confirm() != null) {
            found.add(card.confirm().action());
          }
          if (card.cancel() != null) {
            found.add(card.cancel().action());
          }
        }
        return root;
      }
    }.rewrite(widget);
    return List.copyOf(found);
  }
}
