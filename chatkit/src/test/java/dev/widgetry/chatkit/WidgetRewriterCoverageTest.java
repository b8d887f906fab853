package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.widgetry.runtime.Widgets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link WidgetRewriter} is hand-written over the catalog; this finds every prop that holds
 * components, items or roots by reflection (here, in the test only) and checks that the walk
 * enters each, so a container added to the catalog cannot be skipped without a failing test.
 */
class WidgetRewriterCoverageTest {
  private static final WidgetComponent BEFORE = Text.of("before");
  private static final WidgetRewriter BEFORE_TO_AFTER =
      WidgetRewriter.components(component -> component.equals(BEFORE) ? Text.of("after") : component);

  @Test
  void theContainersAreTheOnesTheWalkIsWrittenFor() {
    Set<String> containers = new TreeSet<>();
    for (RecordComponent prop : childProps()) {
      containers.add(CatalogRecords.name(prop));
    }

    assertEquals(
        Set.of("Basic.children", "Box.children", "Card.children", "Col.children", "Form.children",
            "ListView.children", "ListViewItem.children", "Row.children", "TableCell.children", "TableRow.children",
            "Table.children", "Transition.children"),
        containers,
        "A catalog type holds widget parts in a new place: teach WidgetRewriter to walk it, then update this list");
  }

  @Test
  void theWalkEntersEveryContainer() {
    List<String> skipped = new ArrayList<>();
    for (RecordComponent prop : childProps()) {
      WidgetRoot widget = asWidget(holding(prop));
      WidgetRoot rewritten = BEFORE_TO_AFTER.rewrite(widget);
      String json = Widgets.toJson(rewritten);
      if (!json.contains("\"after\"") || json.contains("\"before\"")) {
        skipped.add(CatalogRecords.name(prop) + ": " + json);
      }
    }

    assertEquals(List.of(), skipped);
  }

  /** Every prop of a catalog record that holds components, list view items or roots. */
  private static List<RecordComponent> childProps() {
    List<RecordComponent> props = new ArrayList<>();
    for (Class<?> type : CatalogRecords.reachable()) {
      for (RecordComponent prop : type.getRecordComponents()) {
        if (holdsWidgetParts(prop)) {
          props.add(prop);
        }
      }
    }
    return props;
  }

  private static boolean holdsWidgetParts(RecordComponent prop) {
    Class<?> element = CatalogRecords.elementType(prop);
    return WidgetNode.class.isAssignableFrom(element) || element == ListViewItem.class;
  }

  /** The record that declares {@code prop}, with one child in it and {@link #BEFORE} at the bottom. */
  private static Object holding(RecordComponent prop) {
    Object child = sample(CatalogRecords.elementType(prop));
    Object value = prop.getType() == List.class ? List.of(child) : child;
    return CatalogRecords.instance(prop.getDeclaringRecord(), Map.of(prop.getName(), value));
  }

  /** {@link #BEFORE} where any component may go, else a {@code type} holding it. */
  private static Object sample(Class<?> type) {
    if (type == WidgetComponent.class || type == WidgetNode.class) {
      return BEFORE;
    }
    for (RecordComponent prop : type.getRecordComponents()) {
      if (holdsWidgetParts(prop)) {
        return holding(prop);
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " holds no widget parts");
  }

  /** The part as a whole widget: itself for a root, else in a list view or a card. */
  private static WidgetRoot asWidget(Object part) {
    if (part instanceof WidgetRoot root) {
      return root;
    }
    if (part instanceof ListViewItem item) {
      return ListView.of(item);
    }
    return Card.of((WidgetComponent) part);
  }
}
