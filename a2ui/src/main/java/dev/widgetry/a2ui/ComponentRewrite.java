package dev.widgetry.a2ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds one kind of component with its texts passed through a {@link Change}, and shows the
 * change its actions: written by the processor for each component of a catalog, from its props of
 * type {@code DynamicString}, {@code CheckRule} and {@code Action} (or lists of them) and the
 * {@code @Widget} records (or lists of records) that hold such props; used by
 * {@link A2uiRewrites}. An action is shown, not entered: an event's context and a function call's
 * arguments are data for the handler or the renderer, not texts for the user.
 */
@FunctionalInterface
public interface ComponentRewrite {

  /** {@code component} rebuilt with what {@code change} returns for its texts and checks. */
  A2uiComponent rewrite(A2uiComponent component, Change change);

  /** What a rewrite passes each text, check and action of a component to; each default leaves it. */
  interface Change {

    /** The text to hold in place of {@code text} (a literal, a binding or a function call). */
    default DynamicString text(DynamicString text) {
      return text;
    }

    /** The check to hold in place of {@code check}. */
    default CheckRule check(CheckRule check) {
      return check;
    }

    /** Sees an action the component holds. */
    default void action(Action action) {}
  }

  /** {@code text} changed, or null for null: for generated rewrites. */
  static DynamicString text(DynamicString text, Change change) {
    return text == null ? null : change.text(text);
  }

  /** {@code check} changed, or null for null: for generated rewrites. */
  static CheckRule check(CheckRule check, Change change) {
    return check == null ? null : change.check(check);
  }

  /** {@code action}, shown to {@code change} unless null: for generated rewrites. */
  static <A extends Action> A action(A action, Change change) {
    if (action != null) {
      change.action(action);
    }
    return action;
  }

  /** {@code list} with {@code change} applied to each item, or null for null: for generated rewrites. */
  static <T> List<T> each(List<T> list, UnaryOperator<T> change) {
    if (list == null) {
      return null;
    }
    List<T> changed = new ArrayList<>(list.size());
    for (T item : list) {
      changed.add(change.apply(item));
    }
    return Collections.unmodifiableList(changed);
  }
}
