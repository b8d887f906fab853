package dev.widgetry.tests.a2ui.desk;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.a2ui.A2uiSince;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.AccessibilityAttributes;
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.annotations.Widget;
import java.util.List;

/**
 * A ticket, with an action to take on it; package-private, as a catalog's records may be. It keeps
 * a {@code catalogId}, as the basic components do.
 *
 * @param title what the ticket is about
 * @param notes what was said on it
 * @param action what taking it does
 * @param catalogId the id of the catalog it is of, when not its surface's; A2UI v1.0 and later
 */
@Widget
record Ticket(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) DynamicString title,
    List<Note> notes,
    Action action,
    List<CheckRule> checks,
    AccessibilityAttributes accessibility,
    Double weight,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements DeskComponent {

  @Override
  public Ticket withId(String id) {
    return new Ticket(id, title, notes, action, checks, accessibility, weight, catalogId);
  }

  /**
   * A note on a ticket.
   *
   * @param text what it says
   */
  @Widget
  record Note(@JsonProperty(required = true) DynamicString text) {}
}
