package dev.widgetry.tests.a2ui.acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.ComponentRef;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicStringList;
import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetBuilder;
import java.util.List;
import java.util.Objects;

/**
 * The steps of an order, the current one highlighted.
 *
 * @param steps the steps' names, in order
 * @param current the index of the step the order is at
 * @param footer a component shown under the timeline
 */
@Widget
@WidgetBuilder
public record OrderTimeline(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicStringList steps,
    @JsonProperty(required = true) DynamicNumber current,
    @ComponentRef String footer,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight)
    implements AcmeComponent {

  public OrderTimeline {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(current, "current");
  }

  public static OrderTimelineBuilder builder() {
    return new OrderTimelineBuilder();
  }

  @Override
  public OrderTimeline withId(String id) {
    return OrderTimelineBuilder.from(this).id(id).build();
  }
}
