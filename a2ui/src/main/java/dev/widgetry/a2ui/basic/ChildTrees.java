package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.ChildList;
import dev.widgetry.a2ui.DataPath;
import dev.widgetry.a2ui.ListPath;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Tree;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The trees of the components that hold a {@code children} list (Row, Column, List): the
 * component, with its other props as they were when the tree was made, built when the tree is
 * flattened with its id and its children's. The props are a built component, not the caller's
 * builder, so that flattening a tree twice, or on two threads, and changing the builder afterwards
 * change nothing.
 */
final class ChildTrees {
  private ChildTrees() {}

  /** A tree of {@code children}, in order; {@code build} gives the component its id and children. */
  static Tree of(Node[] children, BiFunction<String, ChildList, A2uiComponent> build) {
    return of(children, byIds(build));
  }

  /** A tree of {@code children}, in order, built by a function kept for every such tree. */
  static Tree of(Node[] children, ByIds build) {
    return Tree.of(List.of(Tree.Slot.list("children", List.of(children))), build);
  }

  /** {@code build} as a tree's build function, which takes its children's ids as its one slot. */
  static ByIds byIds(BiFunction<String, ChildList, A2uiComponent> build) {
    return new ByIds(build);
  }

  /** A tree that repeats {@code item} over the list at {@code items}. */
  static <P extends DataPath> Tree template(ListPath<P, ?> items, Function<P, ? extends Node> item,
      BiFunction<String, ChildList, A2uiComponent> build) {
    return Tree.of(List.of(Tree.Slot.item(item.apply(items.each()))),
        (id, ids) -> build.apply(id, ChildList.template(ids.get(0).get(0), items)));
  }

  /**
   * A component's build from its id and its one slot's ids: a class rather than a lambda made per
   * tree, so that a component without props ({@code Row.of(...)}) keeps one for all its trees.
   */
  static final class ByIds implements BiFunction<String, List<List<String>>, A2uiComponent> {
    private final BiFunction<String, ChildList, A2uiComponent> build;

    private ByIds(BiFunction<String, ChildList, A2uiComponent> build) {
      this.build = build;
    }

    @Override
    public A2uiComponent apply(String id, List<List<String>> ids) {
      return build.apply(id, ChildList.of(ids.get(0)));
    }
  }
}
