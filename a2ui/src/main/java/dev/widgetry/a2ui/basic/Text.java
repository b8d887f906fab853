package dev.widgetry.a2ui.basic;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiUntil;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.ComponentMetadata;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.Objects;

/**
 * Text on the surface, from a body paragraph to a heading; simple Markdown is allowed.
 *
 * @param id the component's id, unique within its surface; null only while it stands in a nested tree, until {@code
 *     Surface} names it
 * @param text the text content to display. While simple Markdown formatting is supported (i.e. without HTML,
 *     images, or links), utilizing dedicated UI components is generally preferred for a richer and more structured
 *     presentation
 * @param variant a hint for the base text style. Default: {@code body}
 * @param accessibility what assistive technologies say about it
 * @param weight its relative weight within a Row or Column, as CSS {@code flex-grow}; only for a direct child of a
 *     Row or Column
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 * @param metadata its vendor metadata; A2UI v1.0 and later
 */
@Widget
@WidgetBuilder
public record Text(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString text,
    @JsonProperty(defaultValue = "body") Variant variant,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId,
    @A2uiSince(A2uiVersion.V1_0) ComponentMetadata metadata)
    implements BasicComponent {

  public Text {
    Objects.requireNonNull(text, "Text.text is required");
  }

  /** Body text saying {@code text}. */
  public static Text of(String text) {
    return of(new StringLiteral(text), null);
  }

  /** Body text showing {@code text}: a binding, or a call of a string function. */
  public static Text of(DynamicString text) {
    return of(text, null);
  }

  /** Text saying {@code text} in the style {@code variant}. */
  public static Text of(String text, Variant variant) {
    return of(new StringLiteral(text), variant);
  }

  /** Text showing {@code text} in the style {@code variant}. */
  public static Text of(DynamicString text, Variant variant) {
    return builder().text(text).variant(variant).build();
  }

  /** A builder that sets this component's props one by one. */
  public static TextBuilder builder() {
    return new TextBuilder();
  }

  @Override
  public Text withId(String id) {
    return TextBuilder.from(this).id(id).build();
  }

  /** A hint for the base text style. */
  public enum Variant {
    // A2UI v1.0 has no headings: its writer makes a heading Markdown ("# Title"), its reader refuses h1 to h5.
    @A2uiUntil(A2uiVersion.V0_9)
    @JsonProperty("h1")
    H1,
    @A2uiUntil(A2uiVersion.V0_9)
    @JsonProperty("h2")
    H2,
    @A2uiUntil(A2uiVersion.V0_9)
    @JsonProperty("h3")
    H3,
    @A2uiUntil(A2uiVersion.V0_9)
    @JsonProperty("h4")
    H4,
    @A2uiUntil(A2uiVersion.V0_9)
    @JsonProperty("h5")
    H5,
    @JsonProperty("caption")
    CAPTION,
    @JsonProperty("body")
    BODY
  }
}
