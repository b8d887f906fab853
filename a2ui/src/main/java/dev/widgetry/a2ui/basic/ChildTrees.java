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
    return Tree.of(List.of(Tree.Slot.list("children", List.of(children))),
        (id, ids) -> build.apply(id, ChildList.of(ids.get(0))));
  }

  /** A tree that repeats {@code item} over the list at {@code items}. */
  static <P extends DataPath> Tree template(ListPath<P, ?> items, Function<P, ? extends Node> item,
      BiFunction<String, ChildList, A2uiComponent> build) {
    return Tree.of(List.of(Tree.Slot.item(item.apply(items.each()))),
        (id, ids) -> build.apply(id, ChildList.template(ids.get(0).get(0), items)));
  }
}
