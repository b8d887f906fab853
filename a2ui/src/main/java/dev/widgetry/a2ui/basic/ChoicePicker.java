package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.DynamicStringList;
import dev.widgetry.a2ui.StringListPath;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A component that allows selecting one or more options from a list.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param label the label for the group of options
 * @param variant a hint for how the choice picker should be displayed and behave. Default: {@code
 *     mutuallyExclusive}
 * @param options the list of available options to choose from
 * @param value the list of currently selected values. This should be bound to a string array in the data model
 * @param displayStyle the display style of the component. Default: {@code checkbox}
 * @param filterable if true, displays a search input to filter the options. Default: {@code false}
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record ChoicePicker(
    @JsonProperty(required = true) String id,
    DynamicString label,
    @JsonProperty(defaultValue = "mutuallyExclusive") Variant variant,
    @JsonProperty(required = true) List<ChoiceOption> options,
    @JsonProperty(required = true) DynamicStringList value,
    @JsonProperty(defaultValue = "checkbox") DisplayStyle displayStyle,
    @JsonProperty(defaultValue = "false") Boolean filterable,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public ChoicePicker {
    Objects.requireNonNull(options, "ChoicePicker.options is required");
    Objects.requireNonNull(value, "ChoicePicker.value is required");
    options = List.copyOf(options);
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A picker of one of {@code options}, whose selected values are the strings at {@code value}. */
  public static ChoicePicker of(StringListPath value, ChoiceOption... options) {
    return builder().value(value).options(options).build();
  }

  /** A builder that sets this component's props one by one. */
  public static ChoicePickerBuilder builder() {
    return new ChoicePickerBuilder();
  }

  @Override
  public ChoicePicker withId(String id) {
    return ChoicePickerBuilder.from(this).id(id).build();
  }

  /** A hint for how the choice picker should be displayed and behave. */
  public enum Variant {
    @JsonProperty("multipleSelection")
    MULTIPLE_SELECTION,
    @JsonProperty("mutuallyExclusive")
    MUTUALLY_EXCLUSIVE
  }

  /** The display style of the component. */
  public enum DisplayStyle {
    @JsonProperty("checkbox")
    CHECKBOX,
    @JsonProperty("chips")
    CHIPS
  }
}
