package dev.widgetry.benchmarks.stream;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Box;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.Markdown;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * Twenty successive states of a 2 KB widget, as an assistant streams it: a shipment tracker whose
 * summary is written a sentence at a time (a text with an id), whose list of events grows (a box
 * with an id), whose status badge changes (a badge with an id), and which gains its buttons at
 * the end (the root). Every kind of update the server sends appears.
 */
public final class StreamStates {
  private static final String[] SENTENCES = {
    "Your parcel left the warehouse in Porto this morning.",
    " It was scanned at the Lisbon hub at noon.",
    " The courier loaded it onto the van for your street.",
    " Delivery is expected between two and four.",
    " You will get a text when the courier is ten minutes away.",
    " Nobody needs to sign for it.",
    " Thank you for shopping with Northwind.",
  };
  private static final String[] EVENTS = {
    "Porto warehouse: packed and labelled, 07:12",
    "Porto warehouse: handed to the carrier, 08:05",
    "A1 motorway: in transit to Lisbon, 09:40",
    "Lisbon hub: arrived and scanned, 12:03",
    "Lisbon hub: sorted for the Alfama route, 12:41",
    "Alfama depot: out for delivery, 13:15",
    "Rua dos Remédios: the van is two stops away, 14:20",
  };
  private static final String[] STATUSES =
      {"Ordered", "Packed", "Shipped", "In transit", "At the hub", "Sorted", "Out for delivery"};

  private StreamStates() {}

  /** The twenty states, first to last: each of the 18 in between changes one part, in turn. */
  public static List<WidgetRoot> states() {
    List<WidgetRoot> states = new ArrayList<>();
    int sentences = 1;
    int events = 1;
    int status = 0;
    states.add(card(sentences, events, status, false));
    for (int step = 1; step <= 18; step++) {
      if (step % 3 == 1) {
        sentences++;
      } else if (step % 3 == 2) {
        events++;
      } else {
        status++;
      }
      states.add(card(sentences, events, status, false));
    }
    states.add(card(sentences, events, status, true));
    return List.copyOf(states);
  }

  private static Card card(int sentences, int events, int status, boolean done) {
    StringBuilder summary = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      summary.append(SENTENCES[i]);
    }
    List<WidgetComponent> rows = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      rows.add(Row.of(Text.of(EVENTS[i]), Spacer.of(), Caption.of("#" + (4810 + i))));
    }
    Markdown text = done
        ? Markdown.builder().id("summary").value(summary.toString()).build()
        : Markdown.builder().id("summary").value(summary.toString()).streaming(true).build();
    List<WidgetComponent> children = List.of(
        Row.of(Title.of("Parcel NW-20411"), Spacer.of(), Badge.builder().id("status").label(STATUSES[status]).build()),
        Caption.of("From Northwind Stores, Porto, to Rua dos Remédios 12, Lisbon"),
        text,
        Divider.of(),
        Box.builder().id("events").children(rows).build(),
        Text.of("Questions? Reply here and a person from Northwind answers within the hour."));
    Card.Size size = Card.Size.MD;
    return done
        ? Card.builder().size(size).children(children)
            .confirm(CardAction.of("Track on the map", ActionConfig.of("parcel.map")))
            .cancel(CardAction.of("Change delivery", ActionConfig.of("parcel.reschedule")))
            .build()
        : Card.builder().size(size).children(children).build();
  }
}
