package dev.widgetry.tests.a2ui.hotline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.annotations.Widget;

/**
 * A card offering a call back about a product.
 *
 * @param callback whom to call back and about what
 */
@Widget
public record CallbackCard(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) Callback callback,
    AccessibilityAttributes accessibility,
    Double weight)
    implements HotlineComponent {

  @Override
  public CallbackCard withId(String id) {
    return new CallbackCard(id, callback, accessibility, weight);
  }

  /**
   * A call back: a record whose first prop is named {@code call}, and which has a {@code catalogId}
   * of A2UI v1.0 only and a {@code returnType}, yet is no function call (no member of a union tagged by {@code "call"}).
   *
   * @param call the phone number to call
   * @param catalogId the id of the shop's product catalog the call is about (not an A2UI catalog)
   * @param returnType what the caller wants back ("quote", "advice"): its own, not a call's
   */
  @Widget
  public record Callback(
      @JsonProperty(required = true) String call,
      @A2uiSince(A2uiVersion.V1_0) String catalogId,
      String returnType) {}
}
