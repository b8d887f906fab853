package dev.widgetry.samples.shop;

import dev.widgetry.chatkit.ActionConfig;
import dev.widgetry.chatkit.Alignment;
import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.CardAction;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlSize;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.Divider;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.Icon;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.IconSize;
import dev.widgetry.chatkit.Image;
import dev.widgetry.chatkit.Radius;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Spacing;
import dev.widgetry.chatkit.Text;
import dev.widgetry.chatkit.TextAlign;
import dev.widgetry.chatkit.TextSize;
import dev.widgetry.chatkit.Title;
import dev.widgetry.chatkit.TitleSize;
import dev.widgetry.chatkit.Transition;
import dev.widgetry.chatkit.WidgetComponent;
import dev.widgetry.samples.Money;
import java.util.ArrayList;
import java.util.List;

/** Draws an order summary as a ChatKit card: one row per product, with buttons that change quantities. */
public final class OrderCard {
  private OrderCard() {}

  /** The order before it is placed, with quantity buttons and a button to place it. */
  public static Card render(OrderSummary order) {
    List<WidgetComponent> children = new ArrayList<>();
    children.add(Row.of(
        Col.of(Title.builder().value("Your order").size(TitleSize.SM).build(),
            Caption.of("Order #" + order.orderId() + " · " + items(order.itemCount()))),
        Spacer.of(),
        order.shipping() == 0 ? Badge.of("Free shipping", Badge.Color.SUCCESS) : Badge.of("Free shipping from €40")));
    for (OrderLine line : order.lines()) {
      children.add(line(line));
    }
    children.add(Divider.of());
    children.add(amount("Subtotal", Money.euros(order.subtotal())));
    children.add(amount("Shipping", order.shipping() == 0 ? "Free" : Money.euros(order.shipping())));
    children.add(Row.builder().key("total")
        .children(Title.builder().value("Total").size(TitleSize.SM).build(), Spacer.of(),
            Title.builder().value(Money.euros(order.total())).size(TitleSize.SM).build())
        .build());
    return Card.builder()
        .children(children)
        .confirm(CardAction.of("Place order", CartHandlersActions.place()))
        .cancel(CardAction.of("Start over", CartHandlersActions.restart()))
        .build();
  }

  /** The order once placed: a confirmation, and a way to start again. */
  public static Card placed(OrderSummary order) {
    return Card.builder()
        .size(Card.Size.SM)
        .children(
            Transition.of(Col.builder()
                .align(Alignment.CENTER)
                .gap(Dimension.of(2))
                .padding(Spacing.xy(0, 3))
                .children(
                    Icon.builder().name(IconName.CHECK_CIRCLE_FILLED).size(IconSize.THREE_XL).color(Color.of("success")).build(),
                    Title.of("Order placed"),
                    Text.builder().value("#" + order.orderId() + " · " + items(order.itemCount()) + " · "
                        + Money.euros(order.total())).color(Color.of("secondary")).build(),
                    Caption.of("Arrives in 2–3 working days"))
                .build()),
            Button.builder().label("Start a new order").onClickAction(CartHandlersActions.restart())
                .variant(ControlVariant.SOFT).color(Button.Color.SECONDARY).block(true).build())
        .build();
  }

  private static Row line(OrderLine line) {
    boolean fewest = line.quantity() <= 1;
    boolean most = line.quantity() >= OrderLine.MAX_QUANTITY;
    return Row.builder()
        .key("line-" + line.sku())
        .gap(Dimension.of(3))
        .children(
            Image.builder().src(line.image()).alt(line.name()).size(Dimension.of(44)).radius(Radius.MD).frame(true).build(),
            Col.builder().flex(Dimension.of(1))
                .children(Text.builder().value(line.name()).size(TextSize.SM).weight(FontWeight.MEDIUM).build(),
                    Caption.of(Money.euros(line.unitPrice()) + " each"))
                .build(),
            Row.builder().gap(Dimension.of(1))
                .children(
                    stepper("−", "remove-" + line.sku(), CartHandlersActions.remove(new ProductChoice(line.sku())), fewest),
                    Text.builder().value(String.valueOf(line.quantity())).key("qty-" + line.sku())
                        .width(Dimension.of(20)).textAlign(TextAlign.CENTER).size(TextSize.SM).build(),
                    stepper("+", "add-" + line.sku(), CartHandlersActions.add(new ProductChoice(line.sku())), most))
                .build(),
            Text.builder().value(Money.euros(line.total())).width(Dimension.of(64)).textAlign(TextAlign.END)
                .size(TextSize.SM).weight(FontWeight.MEDIUM).build())
        .build();
  }

  private static Button stepper(String label, String key, ActionConfig action, boolean disabled) {
    return Button.builder().label(label).key(key).onClickAction(action)
        .size(ControlSize.XS).variant(ControlVariant.SOFT).color(Button.Color.SECONDARY)
        .uniform(true).pill(true).disabled(disabled)
        .build();
  }

  private static Row amount(String label, String value) {
    return Row.of(Text.builder().value(label).size(TextSize.SM).color(Color.of("secondary")).build(),
        Spacer.of(), Text.builder().value(value).size(TextSize.SM).build());
  }

  private static String items(int count) {
    return count == 1 ? "1 item" : count + " items";
  }
}
