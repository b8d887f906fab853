package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiUntil;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A text input bound to a string in the data model.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param label the text label for the input field
 * @param value the value of the text field
 * @param variant the type of input field to display. Default: {@code shortText}
 * @param placeholder the placeholder text for the input field; A2UI v1.0 and later
 * @param validationRegexp a regular expression used for client-side validation of the input
 * @param checks checks the renderer runs on it; while one fails it shows its message (and a Button is disabled)
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record TextField(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString label,
    DynamicString value,
    @JsonProperty(defaultValue = "shortText") Variant variant,
    @A2uiSince(A2uiVersion.V1_0) DynamicString placeholder,
    // v0.9 only: v1.0 checks input with checks and the regex function.
    @A2uiUntil(A2uiVersion.V0_9) String validationRegexp,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public TextField {
    Objects.requireNonNull(label, "TextField.label is required");
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A text field labelled {@code label} whose text is the string at {@code value}. */
  public static TextField of(String label, StringPath value) {
    return builder().label(new StringLiteral(label)).value(value).build();
  }

  /** A builder that sets this component's props one by one. */
  public static TextFieldBuilder builder() {
    return new TextFieldBuilder();
  }

  @Override
  public TextField withId(String id) {
    return TextFieldBuilder.from(this).id(id).build();
  }

  /** The type of input field to display. */
  public enum Variant {
    @JsonProperty("longText")
    LONG_TEXT,
    @JsonProperty("number")
    NUMBER,
    @JsonProperty("shortText")
    SHORT_TEXT,
    @JsonProperty("obscured")
    OBSCURED
  }
}
