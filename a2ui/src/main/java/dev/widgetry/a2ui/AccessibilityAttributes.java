package dev.widgetry.a2ui;

import dev.widgetry.annotations.Widget;

/**
 * Attributes to enhance accessibility when using assistive technologies like screen readers.
 *
 * @param label a short string, typically 1 to 3 words, used by assistive technologies to convey the
 *     purpose or intent of an element, such as "User ID" for an input or "Submit" for a button
 * @param description additional information provided by assistive technologies about an element,
 *     such as instructions, format requirements, or the result of an action
 */
@Widget
public record AccessibilityAttributes(DynamicString label, DynamicString description) {

  /** A label, and no description. */
  public static AccessibilityAttributes label(String label) {
    return new AccessibilityAttributes(new StringLiteral(label), null);
  }
}
