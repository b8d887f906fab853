package dev.widgetry.samples.flights;

import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.IconSize;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Select;
import dev.widgetry.chatkit.SelectOption;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextSize;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.samples.Money;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws flight options as a ChatKit list: a header with the cabin select, then one clickable row per flight. */
public final class FlightList {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private FlightList() {}

  /** The offer as a list; the picked flight shows a filled check and a "Selected" badge. */
  public static ListView render(FlightOptions options) {
    List<ListViewItem> items = new ArrayList<>();
    items.add(header(options));
    for (Flight flight : options.flights()) {
      items.add(item(flight, options.cabin(), flight.id().equals(options.selected())));
    }
    return ListView.builder().children(items).build();
  }

  private static ListViewItem header(FlightOptions options) {
    return ListViewItem.builder()
        .key("header")
        .gap(Dimension.of(3))
        .children(
            Icon.builder().name(IconName.SUITCASE).size(IconSize.XL).color(Color.of("secondary")).build(),
            Col.builder().flex(Dimension.of(1)).children(
                Title.builder().value(options.origin() + " → " + options.destination()).size(TitleSize.SM).build(),
                Caption.of(DAY.format(options.date()) + " · 1 adult · " + options.flights().size() + " flights"))
                .build(),
            Select.builder()
                .name("cabin")
                .options(SelectOption.of("economy", "Economy"), SelectOption.of("business", "Business"))
                .defaultValue(options.cabin() == Cabin.BUSINESS ? "business" : "economy")
                .onChangeAction(FlightHandlersActions.cabin())
                .size(ControlSize.SM)
                .variant(ControlVariant.OUTLINE)
                .build())
        .build();
  }

  private static ListViewItem item(Flight flight, Cabin cabin, boolean selected) {
    double fare = flight.fare(cabin);
    List<WidgetComponent> times = new ArrayList<>();
    times.add(Text.builder().value(flight.departs() + " → " + flight.arrives()).weight(FontWeight.SEMIBOLD).build());
    times.add(flight.stops() == 0
        ? Badge.builder().label("Nonstop").color(Badge.Color.SUCCESS).size(Badge.Size.SM).build()
        : Badge.builder().label(flight.stops() + " stop").color(Badge.Color.WARNING).size(Badge.Size.SM).build());
    if (selected) {
      times.add(Badge.builder().label("Selected").color(Badge.Color.INFO).variant(Badge.Variant.SOLID).size(Badge.Size.SM).build());
    }
    return ListViewItem.builder()
        .key(flight.id())
        .gap(Dimension.of(3))
        .onClickAction(fare > 0 ? FlightHandlersActions.select(new FlightChoice(flight.id())) : null)
        .children(
            Icon.builder()
                .name(selected ? IconName.CHECK_CIRCLE_FILLED : IconName.EMPTY_CIRCLE)
                .size(IconSize.LG)
                .color(Color.of(selected ? "blue-500" : "tertiary"))
                .build(),
            Col.builder().flex(Dimension.of(1)).children(
                Row.builder().gap(Dimension.of(2)).children(times).build(),
                Caption.of(flight.carrier() + " · " + flight.number() + " · " + duration(flight.minutes())))
                .build(),
            Col.builder().align(Alignment.END).children(
                fare > 0
                    ? Text.builder().value(Money.wholeEuros(fare)).weight(FontWeight.SEMIBOLD).build()
                    : Text.builder().value("Sold out").size(TextSize.SM).color(Color.of("tertiary")).build(),
                Caption.of(cabin == Cabin.BUSINESS ? "Business" : "Economy"))
                .build())
        .build();
  }

  private static String duration(int minutes) {
    return minutes / 60 + "h " + String.format(Locale.ROOT, "%02d", minutes % 60) + "m";
  }
}
