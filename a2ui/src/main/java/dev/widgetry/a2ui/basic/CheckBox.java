package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.BooleanPath;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicBoolean;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A checkbox bound to a boolean in the data model.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param label the text to display next to the checkbox
 * @param value the current state of the checkbox (true for checked, false for unchecked)
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record CheckBox(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString label,
    @JsonProperty(required = true) DynamicBoolean value,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public CheckBox {
    Objects.requireNonNull(label, "CheckBox.label is required");
    Objects.requireNonNull(value, "CheckBox.value is required");
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A checkbox labelled {@code label} whose state is the boolean at {@code value}. */
  public static CheckBox of(String label, BooleanPath value) {
    return builder().label(new StringLiteral(label)).value(value).build();
  }

  /** A builder that sets this component's props one by one. */
  public static CheckBoxBuilder builder() {
    return new CheckBoxBuilder();
  }

  @Override
  public CheckBox withId(String id) {
    return CheckBoxBuilder.from(this).id(id).build();
  }
}
