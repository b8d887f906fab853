package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ChildList;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DataPath;
import dev.widgetry.a2ui.ListPath;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A layout component that arranges its children horizontally. To create a grid layout, nest Columns within this
 * Row.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param children defines the children. Use an array of strings for a fixed set of children, or a template object
 *     to generate children from a data list. Children cannot be defined inline, they must be referred to by ID
 * @param justify defines the arrangement of children along the main axis (horizontally). Use 'spaceBetween' to push
 *     items to the edges, or 'start'/'end'/'center' to pack them together. Default: {@code start}
 * @param align defines the alignment of children along the cross axis (vertically). This is similar to the CSS
 *     'align-items' property, but uses camelCase values (e.g., 'start'). Default: {@code stretch}
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Row(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) ChildList children,
    @JsonProperty(defaultValue = "start") Justify justify,
    @JsonProperty(defaultValue = "stretch") Align align,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {
  /**
   * Builds the Row of {@link #of(Node...)}, which has no props but its id and children: one
   * function for every such tree, where a Row with props keeps a snapshot of them in its own.
   */
  private static final ChildTrees.ByIds PLAIN =
      ChildTrees.byIds((id, list) -> builder().id(id).children(list).build());

  public Row {
    Objects.requireNonNull(children, "Row.children is required");
  }

  /** A Row of these children, in order. */
  public static Tree of(Node... children) {
    return ChildTrees.of(children, PLAIN);
  }

  /**
   * A Row of these children, with its other props set on {@code props} (its id and children are
   * set when the tree is flattened).
   */
  public static Tree of(RowBuilder props, Node... children) {
    return ChildTrees.of(children, withProps(props));
  }

  /**
   * A Row that repeats {@code item} once per item of the list at {@code items}: {@code item}
   * gets the paths of one item, relative to it, as the renderer resolves them.
   */
  public static <P extends DataPath> Tree template(ListPath<P, ?> items, Function<P, ? extends Node> item) {
    return template(builder(), items, item);
  }

  /** Like {@link #template(ListPath, Function)}, with the Row's other props set on {@code props}. */
  public static <P extends DataPath> Tree template(
      RowBuilder props, ListPath<P, ?> items, Function<P, ? extends Node> item) {
    return ChildTrees.template(items, item, withProps(props));
  }

  /**
   * Builds the Row of a tree with the props {@code props} holds now, kept as a snapshot; its id
   * and children are set when the tree is flattened.
   */
  private static BiFunction<String, ChildList, A2uiComponent> withProps(RowBuilder props) {
    Row snapshot = props.children(ChildList.of()).build();
    return (id, list) -> RowBuilder.from(snapshot).id(id).children(list).build();
  }

  /** A builder that sets this component's props one by one. */
  public static RowBuilder builder() {
    return new RowBuilder();
  }

  @Override
  public Row withId(String id) {
    return RowBuilder.from(this).id(id).build();
  }
}
