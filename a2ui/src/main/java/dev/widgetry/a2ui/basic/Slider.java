package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSchema;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.NumberPath;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A slider bound to a number in the data model.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param label the label for the slider
 * @param min the minimum value of the slider. Default: {@code 0}
 * @param max the maximum value of the slider
 * @param value the current value of the slider
 * @param steps the number of discrete divisions in the slider's range, at least 1; if given, the slider snaps to
 *     discrete values. A2UI v1.0 and later
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Slider(
    @JsonProperty(required = true) String id,
    DynamicString label,
    @JsonProperty(defaultValue = "0") Double min,
    @JsonProperty(required = true) double max,
    @JsonProperty(required = true) DynamicNumber value,
    @A2uiSince(A2uiVersion.V1_0) @A2uiSchema("{\"minimum\": 1}") Integer steps,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Slider {
    Objects.requireNonNull(value, "Slider.value is required");
    if (steps != null && steps < 1) {
      throw new IllegalArgumentException("Slider.steps is at least 1, and is " + steps);
    }
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A slider from 0 to {@code max} whose value is the number at {@code value}. */
  public static Slider of(NumberPath value, double max) {
    return builder().value(value).max(max).build();
  }

  /** A builder that sets this component's props one by one. */
  public static SliderBuilder builder() {
    return new SliderBuilder();
  }

  @Override
  public Slider withId(String id) {
    return SliderBuilder.from(this).id(id).build();
  }
}
