package dev.widgetry.runtime;

import dev.widgetry.chatkit.WidgetRoot;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handler wants done with the widget that sent the action: replace it, update it in place,
 * add a new widget after it, or nothing; with an optional message for the user. A handler may also
 * return a {@link WidgetRoot}, which means {@link #replace}, nothing, which means {@link #none}, or a
 * {@link Reply} offering one of these beside another protocol's answer.
 */
public final class ActionResult {
  private static final ActionResult NONE = new ActionResult(Kind.NONE, null, null);

  /** What happens to the sender widget. */
  public enum Kind {
    /** The sender widget is replaced, and the replacement is kept in the thread. */
    REPLACE,
    /** The sender widget is redrawn in place. */
    UPDATE,
    /** A new widget is added to the thread. */
    ADD,
    /** Nothing changes. */
    NONE
  }

  private final Kind kind;
  private final WidgetRoot widget;
  private final String message;

  private ActionResult(Kind kind, WidgetRoot widget, String message) {
    this.kind = kind;
    this.widget = widget;
    this.message = message;
  }

  public static ActionResult replace(WidgetRoot widget) {
    return new ActionResult(Kind.REPLACE, Objects.requireNonNull(widget, "widget"), null);
  }

  public static ActionResult update(WidgetRoot widget) {
    return new ActionResult(Kind.UPDATE, Objects.requireNonNull(widget, "widget"), null);
  }

  public static ActionResult add(WidgetRoot widget) {
    return new ActionResult(Kind.ADD, Objects.requireNonNull(widget, "widget"), null);
  }

  public static ActionResult none() {
    return NONE;
  }

  /** A copy that also tells the user something, e.g. "Added to your cart". */
  public ActionResult withMessage(String message) {
    return new ActionResult(kind, widget, Objects.requireNonNull(message, "message"));
  }

  /** A copy of the same kind and message with {@code widget} in place of this one's; for middleware. */
  public ActionResult withWidget(WidgetRoot widget) {
    return new ActionResult(kind, Objects.requireNonNull(widget, "widget"), message);
  }

  public Kind kind() {
    return kind;
  }

  public Optional<WidgetRoot> widget() {
    return Optional.ofNullable(widget);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  @Override
  public String toString() {
    return "ActionResult[" + kind + (message == null ? "" : ", message=" + message) + "]";
  }
}
