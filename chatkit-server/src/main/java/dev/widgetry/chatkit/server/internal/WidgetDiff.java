package dev.widgetry.chatkit.server.internal;

import dev.widgetry.chatkit.Basic;
import dev.widgetry.chatkit.BasicBuilder;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.BoxBuilder;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardBuilder;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.ColBuilder;
import dev.widgetry.chatkit.Form;
import dev.widgetry.chatkit.FormBuilder;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewBuilder;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.ListViewItemBuilder;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.RowBuilder;
import dev.widgetry.chatkit.Table;
import dev.widgetry.chatkit.TableBuilder;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableCellBuilder;
import dev.widgetry.chatkit.TableRow;
import dev.widgetry.chatkit.TableRowBuilder;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Transition;
import dev.widgetry.chatkit.TransitionBuilder;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.server.types.ThreadItemUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The smallest updates that turn one state of a widget into the next, found by walking the two
 * typed trees side by side (no JSON is compared):
 *
 * <ul>
 *   <li>a {@code Text} or {@code Markdown} with an {@code id} whose value only grew becomes a text
 *       delta ({@code widget.streaming_text.value_delta}, done when it is no longer streaming);
 *   <li>any other change inside a component with an {@code id} (its props, its children, how many
 *       it has) becomes {@code widget.component.updated} for the innermost such component, carrying
 *       it whole;
 *   <li>a change with no component with an {@code id} around it, or to the root's own props,
 *       becomes one {@code widget.root.updated}.
 * </ul>
 *
 * A prop may be present in one state and absent in the next: that is a change like any other.
 * Equal states give no update.
 */
public final class WidgetDiff {
  private WidgetDiff() {}

  /** The updates from {@code before} to {@code after}: empty when they are equal. */
  public static List<ThreadItemUpdate> updates(WidgetRoot before, WidgetRoot after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before == after) {
      return List.of();
    }
    List<ThreadItemUpdate> updates = new ArrayList<>();
    if (before.getClass() != after.getClass() || !sameOwnProps(before, after)
        || !sameShape(children(before), children(after), updates)) {
      return List.of(new ThreadItemUpdate.WidgetRootUpdated(after));
    }
    return updates;
  }

  /**
   * Adds the updates from {@code before} to {@code after}, two nodes at the same place; false
   * when the change cannot be said inside them, so an enclosing node must carry it.
   */
  private static boolean node(Object before, Object after, List<ThreadItemUpdate> updates) {
    if (before == after) {
      return true;
    }
    if (before.getClass() != after.getClass()) {
      return false;
    }
    if (before instanceof Text || before instanceof Markdown) {
      return before.equals(after) || textDelta(before, after, updates) || replaced(before, after, updates);
    }
    if (!isContainer(before)) {
      return before.equals(after) || replaced(before, after, updates);
    }
    if (sameOwnProps(before, after)) {
      int mark = updates.size();
      if (sameShape(children(before), children(after), updates)) {
        return true;
      }
      updates.subList(mark, updates.size()).clear();
    }
    return replaced(before, after, updates);
  }

  /** Walks two lists of children, which must be as long; false when they are not, or a child's change escapes it. */
  private static boolean sameShape(List<?> before, List<?> after, List<ThreadItemUpdate> updates) {
    if (before == after) {
      return true;
    }
    if (before == null || after == null || before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (!node(before.get(i), after.get(i), updates)) {
        return false;
      }
    }
    return true;
  }

  /** A text delta, when only the value grew (or only streaming ended) on a text with an id. */
  private static boolean textDelta(Object before, Object after, List<ThreadItemUpdate> updates) {
    String id = ((WidgetComponent) after).id();
    if (id == null || !id.equals(((WidgetComponent) before).id())) {
      return false;
    }
    String was = textValue(before);
    String now = textValue(after);
    Boolean streaming = after instanceof Text text ? text.streaming() : ((Markdown) after).streaming();
    // Only the value and the streaming flag may differ: anything else is a replacement.
    if (!withValueAndStreaming(before, now, streaming).equals(after) || !now.startsWith(was)) {
      return false;
    }
    boolean done = !Boolean.TRUE.equals(streaming);
    if (now.length() == was.length() && !done) {
      return false;
    }
    updates.add(new ThreadItemUpdate.WidgetTextDelta(id, now.substring(was.length()), done));
    return true;
  }

  private static String textValue(Object node) {
    return node instanceof Text text ? text.value() : ((Markdown) node).value();
  }

  /** The node with another value and streaming flag; by constructor, as a builder cannot unset a flag. */
  private static Object withValueAndStreaming(Object node, String value, Boolean streaming) {
    if (node instanceof Text t) {
      return new Text(value, t.size(), t.weight(), t.color(), t.textAlign(), t.italic(), t.lineThrough(), t.truncate(),
          t.maxLines(), t.minLines(), t.width(), streaming, t.editable(), t.key(), t.id());
    }
    Markdown markdown = (Markdown) node;
    return new Markdown(value, streaming, markdown.key(), markdown.id());
  }

  /** A component update for {@code after}, when it is a component with the same id as {@code before}. */
  private static boolean replaced(Object before, Object after, List<ThreadItemUpdate> updates) {
    if (!(after instanceof WidgetComponent component)) {
      return false;
    }
    String id = component.id();
    if (id == null || !id.equals(((WidgetComponent) before).id())) {
      return false;
    }
    updates.add(new ThreadItemUpdate.WidgetComponentUpdated(id, component));
    return true;
  }

  private static boolean isContainer(Object node) {
    return node instanceof Box || node instanceof Row || node instanceof Col || node instanceof Form
        || node instanceof Transition || node instanceof Table || node instanceof TableRow
        || node instanceof TableCell || node instanceof ListViewItem;
  }

  /** A container's children; a transition's one child as a list of one. */
  private static List<?> children(Object node) {
    if (node instanceof Card card) {
      return card.children();
    }
    if (node instanceof ListView list) {
      return list.children();
    }
    if (node instanceof Basic basic) {
      return basic.children();
    }
    if (node instanceof ListViewItem item) {
      return item.children();
    }
    if (node instanceof Box box) {
      return box.children();
    }
    if (node instanceof Row row) {
      return row.children();
    }
    if (node instanceof Col col) {
      return col.children();
    }
    if (node instanceof Form form) {
      return form.children();
    }
    if (node instanceof Transition transition) {
      return List.of(transition.children());
    }
    if (node instanceof Table table) {
      return table.children();
    }
    if (node instanceof TableRow row) {
      return row.children();
    }
    return ((TableCell) node).children();
  }

  /**
   * Whether two containers of one type have equal props besides their children: {@code before}
   * given {@code after}'s children equals {@code after}, and equal children compare by identity.
   */
  private static boolean sameOwnProps(Object before, Object after) {
    return withChildrenOf(before, after).equals(after);
  }

  private static Object withChildrenOf(Object node, Object donor) {
    if (node instanceof Card card) {
      return CardBuilder.from(card).children(((Card) donor).children()).build();
    }
    if (node instanceof ListView list) {
      return ListViewBuilder.from(list).children(((ListView) donor).children()).build();
    }
    if (node instanceof Basic basic) {
      return BasicBuilder.from(basic).children(((Basic) donor).children()).build();
    }
    if (node instanceof ListViewItem item) {
      return ListViewItemBuilder.from(item).children(((ListViewItem) donor).children()).build();
    }
    if (node instanceof Box box) {
      return BoxBuilder.from(box).children(((Box) donor).children()).build();
    }
    if (node instanceof Row row) {
      return RowBuilder.from(row).children(((Row) donor).children()).build();
    }
    if (node instanceof Col col) {
      return ColBuilder.from(col).children(((Col) donor).children()).build();
    }
    if (node instanceof Form form) {
      return FormBuilder.from(form).children(((Form) donor).children()).build();
    }
    if (node instanceof Transition transition) {
      return TransitionBuilder.from(transition).children(((Transition) donor).children()).build();
    }
    if (node instanceof Table table) {
      return TableBuilder.from(table).children(((Table) donor).children()).build();
    }
    if (node instanceof TableRow row) {
      return TableRowBuilder.from(row).children(((TableRow) donor).children()).build();
    }
    return TableCellBuilder.from((TableCell) node).children(((TableCell) donor).children()).build();
  }
}
