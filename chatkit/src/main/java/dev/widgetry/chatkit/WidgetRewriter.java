package dev.widgetry.chatkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Rewrites a widget tree: visits every component, list view item and root, depth first, and lets
 * each be kept, replaced, changed or dropped. Override the hooks ({@link #component},
 * {@link #listViewItem}, {@link #root}), or pass one function to {@link #components},
 * {@link #listViewItems} or {@link #roots}.
 *
 * <p>The walk enters every container: {@code Card}, {@code ListView}, {@code ListViewItem},
 * {@code Basic} (with the roots it holds), {@code Box}, {@code Row}, {@code Col}, {@code Form},
 * {@code Transition}, {@code Table}, {@code Table.Row} and {@code Table.Cell}. A container's
 * children are rewritten before the container itself, so its hook sees it with its new children;
 * what a hook returns is not walked again. A hook returns its argument to keep it, another value
 * to replace it, or {@code null} to drop it. A container whose children did not change is kept as
 * the same instance, and one whose children did is rebuilt with its other props as they were.
 *
 * <pre>{@code
 * WidgetRoot shouting = WidgetRewriter.components(component -> component instanceof Text text
 *         ? TextBuilder.from(text).value(text.value().toUpperCase(Locale.ROOT)).build()
 *         : component)
 *     .rewrite(widget);
 * }</pre>
 */
public abstract class WidgetRewriter {

  /** For a subclass that overrides the hooks it needs. */
  protected WidgetRewriter() {}

  /** A rewriter that passes every component, containers included, through {@code hook}. */
  public static WidgetRewriter components(UnaryOperator<WidgetComponent> hook) {
    Objects.requireNonNull(hook, "hook");
    return new WidgetRewriter() {
      @Override
      protected WidgetComponent component(WidgetComponent component) {
        return hook.apply(component);
      }
    };
  }

  /** A rewriter that passes every list view item through {@code hook}. */
  public static WidgetRewriter listViewItems(UnaryOperator<ListViewItem> hook) {
    Objects.requireNonNull(hook, "hook");
    return new WidgetRewriter() {
      @Override
      protected ListViewItem listViewItem(ListViewItem item) {
        return hook.apply(item);
      }
    };
  }

  /** A rewriter that passes every root through {@code hook}: the widget, and the roots a Basic holds. */
  public static WidgetRewriter roots(UnaryOperator<WidgetRoot> hook) {
    Objects.requireNonNull(hook, "hook");
    return new WidgetRewriter() {
      @Override
      protected WidgetRoot root(WidgetRoot root) {
        return hook.apply(root);
      }
    };
  }

  /**
   * The widget rewritten; {@code widget} itself when no hook changed anything.
   *
   * @throws IllegalStateException when {@link #root} drops the widget itself, or a hook puts a
   *     component where the catalog does not allow it (anything but a row in a table, anything but
   *     a cell in a row)
   */
  public final WidgetRoot rewrite(WidgetRoot widget) {
    Objects.requireNonNull(widget, "widget");
    WidgetRoot rewritten = rewriteRoot(widget);
    if (rewritten == null) {
      throw new IllegalStateException("root() dropped the widget itself: a rewrite must leave a widget to send");
    }
    return rewritten;
  }

  /** What to put in place of {@code component}, whose children are already rewritten; null drops it. */
  protected WidgetComponent component(WidgetComponent component) {
    return component;
  }

  /** What to put in place of {@code item}, whose children are already rewritten; null drops it. */
  protected ListViewItem listViewItem(ListViewItem item) {
    return item;
  }

  /** What to put in place of {@code root}, whose children are already rewritten; null drops it. */
  protected WidgetRoot root(WidgetRoot root) {
    return root;
  }

  private WidgetRoot rewriteRoot(WidgetRoot root) {
    if (root instanceof Card card) {
      List<WidgetComponent> children = rewriteComponents(card.children());
      return root(children == card.children() ? card : CardBuilder.from(card).children(children).build());
    }
    if (root instanceof ListView list) {
      List<ListViewItem> children = rewriteAll(list.children(), this::rewriteItem);
      return root(children == list.children() ? list : ListViewBuilder.from(list).children(children).build());
    }
    Basic basic = (Basic) root;
    List<WidgetNode> children = rewriteAll(basic.children(), this::rewriteNode);
    return root(children == basic.children() ? basic : BasicBuilder.from(basic).children(children).build());
  }

  private WidgetNode rewriteNode(WidgetNode node) {
    return node instanceof WidgetRoot root ? rewriteRoot(root) : rewriteComponent((WidgetComponent) node);
  }

  private ListViewItem rewriteItem(ListViewItem item) {
    List<WidgetComponent> children = rewriteComponents(item.children());
    return listViewItem(children == item.children() ? item : ListViewItemBuilder.from(item).children(children).build());
  }

  private WidgetComponent rewriteComponent(WidgetComponent component) {
    return component(withRewrittenChildren(component));
  }

  /**
   * The component with its children rewritten: the same instance when none changed, and null for a
   * transition whose one child was dropped. Any type not named here has no children.
   */
  private WidgetComponent withRewrittenChildren(WidgetComponent component) {
    if (component instanceof Box box) {
      List<WidgetComponent> children = rewriteComponents(box.children());
      return children == box.children() ? box : BoxBuilder.from(box).children(children).build();
    }
    if (component instanceof Row row) {
      List<WidgetComponent> children = rewriteComponents(row.children());
      return children == row.children() ? row : RowBuilder.from(row).children(children).build();
    }
    if (component instanceof Col col) {
      List<WidgetComponent> children = rewriteComponents(col.children());
      return children == col.children() ? col : ColBuilder.from(col).children(children).build();
    }
    if (component instanceof Form form) {
      List<WidgetComponent> children = rewriteComponents(form.children());
      return children == form.children() ? form : FormBuilder.from(form).children(children).build();
    }
    if (component instanceof Transition transition) {
      WidgetComponent child = rewriteComponent(transition.children());
      if (child == null) {
        return null;
      }
      return child == transition.children() ? transition : TransitionBuilder.from(transition).children(child).build();
    }
    if (component instanceof Table table) {
      List<TableRow> children = rewriteAll(table.children(), this::rewriteRow);
      return children == table.children() ? table : TableBuilder.from(table).children(children).build();
    }
    if (component instanceof TableRow row) {
      List<TableCell> children = rewriteAll(row.children(), this::rewriteCell);
      return children == row.children() ? row : TableRowBuilder.from(row).children(children).build();
    }
    if (component instanceof TableCell cell) {
      List<WidgetComponent> children = rewriteComponents(cell.children());
      return children == cell.children() ? cell : TableCellBuilder.from(cell).children(children).build();
    }
    return component;
  }

  private TableRow rewriteRow(TableRow row) {
    WidgetComponent rewritten = rewriteComponent(row);
    if (rewritten == null || rewritten instanceof TableRow) {
      return (TableRow) rewritten;
    }
    throw new IllegalStateException("A Table holds only Table.Row components, but component() replaced a row with a "
        + rewritten.getClass().getSimpleName());
  }

  private TableCell rewriteCell(TableCell cell) {
    WidgetComponent rewritten = rewriteComponent(cell);
    if (rewritten == null || rewritten instanceof TableCell) {
      return (TableCell) rewritten;
    }
    throw new IllegalStateException("A Table.Row holds only Table.Cell components, but component() replaced a cell"
        + " with a " + rewritten.getClass().getSimpleName());
  }

  private List<WidgetComponent> rewriteComponents(List<WidgetComponent> children) {
    return rewriteAll(children, this::rewriteComponent);
  }

  /**
   * Each element rewritten, without the dropped ones: {@code list} itself when every element came
   * back as the same instance, and null for a null list (an absent optional prop).
   */
  private static <T> List<T> rewriteAll(List<T> list, UnaryOperator<T> rewrite) {
    if (list == null) {
      return null;
    }
    List<T> changed = null;
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      T rewritten = rewrite.apply(element);
      if (rewritten != element && changed == null) {
        changed = new ArrayList<>(list.subList(0, i));
      }
      if (changed != null && rewritten != null) {
        changed.add(rewritten);
      }
    }
    return changed == null ? list : List.copyOf(changed);
  }
}
