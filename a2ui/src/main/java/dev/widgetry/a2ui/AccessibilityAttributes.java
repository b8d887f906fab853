package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;

/**
 * Attributes to enhance accessibility when using assistive technologies like screen readers.
 *
 * @param label a short string, typically 1 to 3 words, used by assistive technologies to convey the
 *     purpose or intent of an element, such as "User ID" for an input or "Submit" for a button
 * @param description additional information provided by assistive technologies about an element,
 *     such as instructions, format requirements, or the result of an action
 * @param live how screen readers announce its dynamic updates (WAI-ARIA {@code aria-live}); off
 *     when absent. A2UI v1.0 and later
 * @param hidden whether it and its children are hidden from assistive technologies; not when
 *     absent. A2UI v1.0 and later
 */
@Widget
public record AccessibilityAttributes(
    DynamicString label,
    DynamicString description,
    @A2uiSince(A2uiVersion.V1_0) Live live,
    @A2uiSince(A2uiVersion.V1_0) DynamicBoolean hidden) {

  /** A label and a description, as every A2UI version has them. */
  public AccessibilityAttributes(DynamicString label, DynamicString description) {
    this(label, description, null, null);
  }

  /** A label, and no description. */
  public static AccessibilityAttributes label(String label) {
    return new AccessibilityAttributes(new StringLiteral(label), null);
  }

  /** How screen readers announce an element's dynamic updates. */
  public enum Live {
    /** Not announced. */
    @JsonProperty("off")
    OFF,
    /** Announced when the user pauses. */
    @JsonProperty("polite")
    POLITE,
    /** Announced at once, interrupting: for alerts. */
    @JsonProperty("assertive")
    ASSERTIVE
  }
}
