package dev.widgetry.tests.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.annotations.Widget;
import java.util.ArrayList;
import java.util.List;

/**
 * Handlers for the actions the test templates write: compiling the templates checks each
 * payload they send against these payload types.
 */
final class TemplateActions {
  final List<Object> received = new ArrayList<>();

  @Widget
  record FlightPick(@JsonProperty(required = true) String id, @JsonProperty(required = true) String cabin) {}

  @Widget
  record Toggle(@JsonProperty(required = true) String id, boolean done) {}

  @Widget
  record Refresh(long count) {}

  @Widget
  record Payment(long number, double total, @JsonProperty(required = true) List<Line> lines, String note) {}

  @Widget
  record Line(@JsonProperty(required = true) String name, long quantity, double price) {}

  @OnAction("flight.select")
  void select(FlightPick pick) {
    received.add(pick);
  }

  @OnAction("task.toggle")
  void toggle(Toggle toggle) {
    received.add(toggle);
  }

  @OnAction("stats.refresh")
  void refresh(Refresh refresh) {
    received.add(refresh);
  }

  @OnAction("order.pay")
  void pay(Payment payment) {
    received.add(payment);
  }
}
