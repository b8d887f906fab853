package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;

/**
 * A line between components.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param axis the orientation of the divider. Default: {@code horizontal}
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Divider(
    @JsonProperty(required = true) String id,
    @JsonProperty(defaultValue = "horizontal") Axis axis,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  /** A horizontal divider. */
  public static Divider of() {
    return builder().build();
  }

  /** A builder that sets this component's props one by one. */
  public static DividerBuilder builder() {
    return new DividerBuilder();
  }

  @Override
  public Divider withId(String id) {
    return DividerBuilder.from(this).id(id).build();
  }

  /** The orientation of the divider. */
  public enum Axis {
    @JsonProperty("horizontal")
    HORIZONTAL,
    @JsonProperty("vertical")
    VERTICAL
  }
}
