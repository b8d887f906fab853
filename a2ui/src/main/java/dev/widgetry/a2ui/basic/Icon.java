package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * An icon: one of the catalog's named icons, an SVG path, or a name bound to the data model.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param name the name of the icon to display
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Icon(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) IconSource name,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Icon {
    Objects.requireNonNull(name, "Icon.name is required");
  }

  /** The catalog's icon {@code name}. */
  public static Icon of(IconName name) {
    return builder().name(IconSource.of(name)).build();
  }

  /** A builder that sets this component's props one by one. */
  public static IconBuilder builder() {
    return new IconBuilder();
  }

  @Override
  public Icon withId(String id) {
    return IconBuilder.from(this).id(id).build();
  }
}
