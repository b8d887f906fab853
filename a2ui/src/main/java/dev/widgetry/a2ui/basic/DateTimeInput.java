package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSchema;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A date and/or time input bound to a string in the data model, in ISO 8601 format.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param value the selected date and/or time value in ISO 8601 format. If not yet set, initialize with an empty
 *     string
 * @param enableDate if true, allows the user to select a date. Default: {@code false}
 * @param enableTime if true, allows the user to select a time. Default: {@code false}
 * @param min the minimum allowed date/time in ISO 8601 format
 * @param max the maximum allowed date/time in ISO 8601 format
 * @param label the text label for the input field
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record DateTimeInput(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString value,
    @JsonProperty(defaultValue = "false") Boolean enableDate,
    @JsonProperty(defaultValue = "false") Boolean enableTime,
    @A2uiSchema(DateTimeBounds.SCHEMA) DynamicString min,
    @A2uiSchema(DateTimeBounds.SCHEMA) DynamicString max,
    DynamicString label,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public DateTimeInput {
    Objects.requireNonNull(value, "DateTimeInput.value is required");
    DateTimeBounds.check(min, "min");
    DateTimeBounds.check(max, "max");
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A date input whose value is the ISO 8601 string at {@code value}. */
  public static DateTimeInput of(StringPath value) {
    return builder().value(value).enableDate(true).build();
  }

  /** A builder that sets this component's props one by one. */
  public static DateTimeInputBuilder builder() {
    return new DateTimeInputBuilder();
  }

  @Override
  public DateTimeInput withId(String id) {
    return DateTimeInputBuilder.from(this).id(id).build();
  }
}
