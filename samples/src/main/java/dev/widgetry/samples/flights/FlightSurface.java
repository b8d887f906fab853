package dev.widgetry.samples.flights;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Justify;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.samples.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The flight picker as an A2UI surface. The {@link FlightOptions} is the surface's data model; each
 * flight's row binds to it through typed paths ({@code FlightOptionsPaths}), and what depends on
 * the traveller's choices (the fare in the cabin shown, which flight is picked) is decided here,
 * as A2UI has no comparison. The cabin buttons and each row's Select fire the actions
 * {@link FlightHandlers} answers for ChatKit too.
 */
public final class FlightSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "flights";

  private FlightSurface() {}

  /** The surface for the offer as it stands. */
  public static Surface of(FlightOptions options) {
    FlightOptionsPaths paths = FlightOptionsPaths.root();
    List<Node> rows = new ArrayList<>();
    rows.add(Text.of(Functions.formatText(paths.origin(), " → ", paths.destination()), Text.Variant.H3));
    rows.add(Text.of(Functions.formatDate(paths.date(), "EEE d MMM yyyy"), Text.Variant.CAPTION));
    rows.add(Row.of(
        cabin("Economy", Cabin.ECONOMY, options.cabin()),
        cabin("Business", Cabin.BUSINESS, options.cabin())));
    for (int i = 0; i < options.flights().size(); i++) {
      Flight flight = options.flights().get(i);
      rows.add(flight(paths.flights().item(i), flight, options));
    }
    return Surface.builder(ID)
        .root(Column.of(rows.toArray(Node[]::new)))
        .dataModel(options)
        .build();
  }

  private static Node cabin(String label, Cabin cabin, Cabin shown) {
    return button(label, FlightHandlersActions.A2ui.cabin(DynamicString.of(cabin == Cabin.BUSINESS ? "business" : "economy")),
        cabin == shown ? Button.Variant.PRIMARY : Button.Variant.DEFAULT);
  }

  private static Node flight(FlightPaths paths, Flight flight, FlightOptions options) {
    double fare = flight.fare(options.cabin());
    boolean selected = flight.id().equals(options.selected());
    Node choice = fare == 0
        ? Text.of("Sold out", Text.Variant.CAPTION)
        : selected
            ? Text.of("Selected", Text.Variant.H5)
            : button("Select", FlightHandlersActions.A2ui.select(paths.id()), Button.Variant.DEFAULT);
    return Card.of(Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
        Column.of(
            Text.of(Functions.formatText(paths.departs(), " → ", paths.arrives()), Text.Variant.H4),
            Text.of(Functions.formatText(paths.carrier(), " · ", paths.number()), Text.Variant.CAPTION)),
        Column.of(
            Text.of(fare == 0 ? "—" : Money.wholeEuros(fare)),
            choice)));
  }
}
