package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
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
 */
@Widget
@WidgetBuilder
public record Tabs(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) List<TabItem> tabs,
    AccessibilityAttributes accessibility,
    Double weight)
    implements BasicComponent {

  public Tabs {
    Objects.requireNonNull(tabs, "Tabs.tabs is required");
    if (tabs.isEmpty()) {
      throw new IllegalArgumentException("Tabs.tabs needs a tab at least");
    }
    tabs = List.copyOf(tabs);
  }

  /** A builder that sets this component's props one by one. */
  public static TabsBuilder builder() {
    return new TabsBuilder();
  }

  @Override
  public Tabs withId(String id) {
    return TabsBuilder.from(this).id(id).build();
  }
}
