package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ChildList;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * A list of children, laid out vertically or horizontally: fixed ids, or a template repeated per item of an array.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param children defines the children. Use an array of strings for a fixed set of children, or a template object
 *     to generate children from a data list
 * @param direction the direction in which the list items are laid out. Default: {@code vertical}
 * @param align defines the alignment of children along the cross axis. Default: {@code stretch}
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 */
@Widget
@WidgetBuilder
public record List(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) ChildList children,
    @JsonProperty(defaultValue = "vertical") Direction direction,
    @JsonProperty(defaultValue = "stretch") Align align,
    AccessibilityAttributes accessibility,
    Double weight)
    implements BasicComponent {

  public List {
    Objects.requireNonNull(children, "List.children is required");
  }

  /** A builder that sets this component's props one by one. */
  public static ListBuilder builder() {
    return new ListBuilder();
  }

  @Override
  public List withId(String id) {
    return ListBuilder.from(this).id(id).build();
  }

  /** The direction in which the list items are laid out. */
  public enum Direction {
    @JsonProperty("vertical")
    VERTICAL,
    @JsonProperty("horizontal")
    HORIZONTAL
  }
}
