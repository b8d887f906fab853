package dev.widgetry.tests.a2ui.hotline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.annotations.Widget;

/**
 * A card whose {@code withId}, written by hand, keeps another id than the one it is given: its
 * maker's suffix, {@code "-é"}, which needs escaping in JSON.
 *
 * @param label what the card says
 */
@Widget
public record SuffixedCard(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String label,
    AccessibilityAttributes accessibility,
    Double weight)
    implements HotlineComponent {

  @Override
  public SuffixedCard withId(String id) {
    return new SuffixedCard(id + "-\u00e9", label, accessibility, weight);
  }
}
