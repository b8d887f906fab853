package dev.widgetry.benchmarks.trees;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Image;
import dev.widgetry.chatkit.Justification;
import dev.widgetry.chatkit.ListView;
import dev.widgetry.chatkit.ListViewItem;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Table;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableRow;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextSize;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.chatkit.WidgetStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The widgets every benchmark works on, built with the catalog's builders as an application would:
 * sparse (most props unset), polymorphic (children are a union of component types), with numbers
 * that are whole and fractional, and text that is not all ASCII.
 */
public final class WidgetTrees {
  private static final String[] STATUSES = {"Paid", "Shipped", "Delivered", "Refunded"};
  private static final Badge.Color[] STATUS_COLORS = {
    Badge.Color.INFO, Badge.Color.DISCOVERY, Badge.Color.SUCCESS, Badge.Color.WARNING
  };
  private static final String[] CUSTOMERS = {"Zoë Kowalski", "Jürgen Maier", "Amélie Dubois", "Sam O'Neil", "Ana Sánchez"};

  private WidgetTrees() {}

  /** An order confirmation: a card of about 300 bytes. */
  public static Card smallCard() {
    return Card.builder()
        .size(Card.Size.SM)
        .padding(Spacing.of(4))
        .children(
            Row.builder()
                .gap(Dimension.of(2))
                .children(Title.builder().value("Order #1042").size(TitleSize.SM).build(), Badge.of("Paid", Badge.Color.SUCCESS))
                .build(),
            Text.builder().value("2 items · arriving Thursday").color(Color.of("secondary")).build(),
            Button.of("Track", action("order.track", "1042")))
        .build();
  }

  /** A customer's recent orders: a list view of about 3 KB. */
  public static ListView orderList() {
    List<ListViewItem> items = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String order = Integer.toString(1042 - i);
      items.add(ListViewItem.builder()
          .gap(Dimension.of(3))
          .align(Alignment.CENTER)
          .onClickAction(action("order.open", order))
          .children(
              Image.builder().src("https://cdn.example.com/p/" + order + ".jpg").size(Dimension.of(44)).radius(Radius.SM).build(),
              Col.builder()
                  .gap(Dimension.of(0.5))
                  .children(
                      Text.builder().value("Order #" + order).weight(FontWeight.SEMIBOLD).build(),
                      Caption.of((i % 3 + 1) + " items · " + price(i) + " €"))
                  .build(),
              Spacer.of(),
              Badge.of(STATUSES[i % STATUSES.length], STATUS_COLORS[i % STATUS_COLORS.length]))
          .build());
    }
    return ListView.builder().status(WidgetStatus.of("Your orders", IconName.BOOK_OPEN)).children(items).build();
  }

  /** An order report: a card holding a table of about 50 KB. */
  public static Card largeTable() {
    List<TableRow> rows = new ArrayList<>();
    rows.add(TableRow.header(headerCell("Order"), headerCell("Customer"), headerCell("Status"), headerCell("Total")));
    for (int i = 0; i < 140; i++) {
      rows.add(TableRow.of(
          TableCell.of("#" + (20000 + i)),
          TableCell.of(CUSTOMERS[i % CUSTOMERS.length]),
          TableCell.of(Badge.of(STATUSES[i % STATUSES.length], STATUS_COLORS[i % STATUS_COLORS.length])),
          TableCell.builder().align(TableCell.Align.END).children(Text.of(price(i) + " €")).build()));
    }
    return Card.builder()
        .size(Card.Size.FULL)
        .children(Title.of("Orders this week"), Table.of(rows.toArray(new TableRow[0])), Caption.of(rows.size() - 1 + " orders"))
        .build();
  }

  /** A product card of about 5 KB, the input of the parse benchmark. */
  public static Card productCard() {
    List<WidgetComponent> children = new ArrayList<>();
    children.add(Row.builder()
        .gap(Dimension.of(3))
        .align(Alignment.CENTER)
        .justify(Justification.BETWEEN)
        .children(Title.builder().value("Trail runner, sizes in stock").size(TitleSize.MD).build(), Badge.of("New", Badge.Color.DISCOVERY))
        .build());
    children.add(Image.builder().src("https://cdn.example.com/p/trail-runner-hero.jpg").alt("Trail runner, side view").radius(Radius.LG)
        .width(Dimension.css("100%")).build());
    children.add(Text.builder().value("Light, grippy and made for wet rock. Recycled mesh upper, 6 mm drop, 280 g.")
        .size(TextSize.SM).color(Color.theme("#333333", "#EEEEEE")).build());
    for (int i = 0; i < 12; i++) {
      children.add(Row.builder()
          .gap(Dimension.of(2))
          .padding(Spacing.edges().x(Dimension.of(2)).y(Dimension.of(1.5)).build())
          .align(Alignment.CENTER)
          .children(
              Col.builder().gap(Dimension.of(0.5)).children(
                  Text.builder().value("EU " + (38 + i) + " · " + (i % 2 == 0 ? "regular" : "wide")).weight(FontWeight.MEDIUM).build(),
                  Caption.of((i * 7) % 13 + " left in the warehouse")).build(),
              Spacer.of(),
              Button.builder().label("Add").variant(ControlVariant.SOFT).onClickAction(action("cart.add", "trail-" + (38 + i))).build())
          .build());
    }
    children.add(Divider.of());
    children.add(Caption.of("Free returns within 30 days. Prices include VAT."));
    return Card.builder().size(Card.Size.MD).padding(Spacing.of(4)).status(WidgetStatus.of("Catalog", IconName.BOOK_OPEN))
        .children(children).build();
  }

  /**
   * A card whose children nest 60 Cols, each holding 1,500 small components (text, badges, rows
   * with an icon and spacing per side) besides the next Col: about 8 MB of JSON, 125 levels of JSON
   * nesting, within the default limits. The input of the type-order benchmark.
   */
  public static Card deepTree() {
    WidgetComponent inner = Text.of("the bottom");
    for (int level = 60; level > 0; level--) {
      List<WidgetComponent> children = new ArrayList<>();
      for (int i = 0; i < 1500; i++) {
        children.add(deepLeaf(level, i));
      }
      children.add(inner);
      inner = Col.builder().gap(Dimension.of(level % 4)).children(children).build();
    }
    return Card.of(inner);
  }

  private static WidgetComponent deepLeaf(int level, int i) {
    switch (i % 3) {
      case 0:
        return Text.builder().value("Level " + level + ", item " + i).size(TextSize.SM).build();
      case 1:
        return Badge.of(STATUSES[i % STATUSES.length], STATUS_COLORS[i % STATUS_COLORS.length]);
      default:
        return Row.builder().padding(Spacing.xy(i % 5, 1)).children(Image.builder().src("https://cdn.example.com/i/" + i + ".png")
            .size(Dimension.of(16)).build(), Text.of(CUSTOMERS[i % CUSTOMERS.length])).build();
    }
  }

  /** The widgets the serialize benchmark writes, by name. */
  public static WidgetRoot named(String name) {
    switch (name) {
      case "smallCard":
        return smallCard();
      case "orderList":
        return orderList();
      case "largeTable":
        return largeTable();
      default:
        throw new IllegalArgumentException("No widget tree named " + name);
    }
  }

  private static TableCell headerCell(String label) {
    return TableCell.of(Text.builder().value(label).weight(FontWeight.SEMIBOLD).build());
  }

  private static String price(int i) {
    return String.format(Locale.ROOT, "%d.%02d", 12 + (i * 37) % 240, (i * 53) % 100);
  }

  private static ActionConfig action(String type, String orderId) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("orderId", orderId);
    return ActionConfig.of(type, payload);
  }
}
