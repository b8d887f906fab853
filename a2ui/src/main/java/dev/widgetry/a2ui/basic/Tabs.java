package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSchema;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.Tree;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tabs, each with a title and one child component shown when it is selected.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param tabs an array of objects, where each object defines a tab with a title and a child component
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Tabs(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @A2uiSchema("{\"minItems\": 1}") List<TabItem> tabs,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Tabs {
    Objects.requireNonNull(tabs, "Tabs.tabs is required");
    if (tabs.isEmpty()) {
      throw new IllegalArgumentException("Tabs.tabs needs a tab at least");
    }
    tabs = List.copyOf(tabs);
  }

  /** Tabs, in order. */
  public static Tree of(Tab... tabs) {
    List<Node> children = new ArrayList<>();
    for (Tab tab : tabs) {
      children.add(tab.child());
    }
    return Tree.of(List.of(Tree.Slot.tabs("tabs", children)), (id, ids) -> {
      List<TabItem> items = new ArrayList<>();
      for (int i = 0; i < tabs.length; i++) {
        items.add(new TabItem(tabs[i].title(), ids.get(0).get(i)));
      }
      return builder().id(id).tabs(items).build();
    });
  }

  /** A tab titled {@code title} that shows {@code child}, for {@link #of(Tab...)}. */
  public static Tab tab(String title, Node child) {
    return new Tab(new StringLiteral(title), child);
  }

  /**
   * A tab of a tree, before its child has an id.
   *
   * @param title the tab's title
   * @param child what it shows
   */
  public record Tab(DynamicString title, Node child) {}

  /** A builder that sets this component's props one by one. */
  public static TabsBuilder builder() {
    return new TabsBuilder();
  }

  @Override
  public Tabs withId(String id) {
    return TabsBuilder.from(this).id(id).build();
  }
}
