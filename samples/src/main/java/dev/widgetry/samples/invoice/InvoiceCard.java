package dev.widgetry.samples.invoice;

import dev.widgetry.chatkit.Badge;
import dev.widgetry.chatkit.Button;
import dev.widgetry.chatkit.Caption;
import dev.widgetry.chatkit.Card;
import dev.widgetry.chatkit.Col;
import dev.widgetry.chatkit.Color;
import dev.widgetry.chatkit.ControlVariant;
import dev.widgetry.chatkit.Dimension;
import dev.widgetry.chatkit.FontWeight;
import dev.widgetry.chatkit.IconName;
import dev.widgetry.chatkit.Row;
import dev.widgetry.chatkit.Spacer;
import dev.widgetry.chatkit.Table;
import dev.widgetry.chatkit.TableCell;
import dev.widgetry.chatkit.TableRow;
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

/** Draws an invoice as a ChatKit card around a table, with the buttons that settle it. */
public final class InvoiceCard {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private InvoiceCard() {}

  /** The invoice; its buttons depend on whether it is paid. */
  public static Card render(Invoice invoice) {
    boolean paid = invoice.status() == InvoiceStatus.PAID;
    return Card.builder()
        .size(Card.Size.LG)
        .children(
            Row.of(
                Col.of(Title.builder().value("Invoice " + invoice.number()).size(TitleSize.SM).build(),
                    Caption.of(invoice.customer() + " · issued " + DAY.format(invoice.issued()))),
                Spacer.of(),
                Badge.builder()
                    .key("status")
                    .label(paid ? "Paid" : "Due " + DAY.format(invoice.due()))
                    .color(paid ? Badge.Color.SUCCESS : Badge.Color.WARNING)
                    .pill(true)
                    .build()),
            table(invoice),
            paid ? Row.of(Spacer.of(), Button.builder().label("Mark as unpaid").onClickAction(InvoiceHandlersActions.reopen())
                    .variant(ControlVariant.GHOST).color(Button.Color.SECONDARY).build())
                : Row.builder().gap(Dimension.of(2)).children(
                    Spacer.of(),
                    Button.builder().label("Send reminder").iconStart(IconName.MAIL).onClickAction(InvoiceHandlersActions.remind())
                        .variant(ControlVariant.OUTLINE).color(Button.Color.SECONDARY).build(),
                    Button.builder().label("Mark as paid").iconStart(IconName.CHECK).onClickAction(InvoiceHandlersActions.pay())
                        .build())
                    .build())
        .build();
  }

  private static Table table(Invoice invoice) {
    List<TableRow> rows = new ArrayList<>();
    rows.add(TableRow.header(
        TableCell.of("Description"), end(text("Qty")), end(text("Rate")), end(text("Amount"))));
    for (InvoiceLine line : invoice.lines()) {
      rows.add(TableRow.of(
          TableCell.of(line.description()),
          end(text(String.valueOf(line.quantity()))),
          end(text(Money.euros(line.unitPrice()))),
          end(text(Money.euros(line.amount())))));
    }
    rows.add(total("Subtotal", Money.euros(invoice.subtotal()), false));
    rows.add(total("Tax " + invoice.taxPercent() + "%", Money.euros(invoice.tax()), false));
    rows.add(total("Total", Money.euros(invoice.total()), true));
    return Table.builder().children(rows).build();
  }

  private static TableRow total(String label, String amount, boolean strong) {
    return TableRow.of(
        TableCell.builder().colSpan(3).align(TableCell.Align.END)
            .children(Text.builder().value(label).size(TextSize.SM).color(strong ? null : Color.of("secondary"))
                .weight(strong ? FontWeight.SEMIBOLD : null).build())
            .build(),
        end(Text.builder().value(amount).size(TextSize.SM).weight(strong ? FontWeight.SEMIBOLD : null).build()));
  }

  private static Text text(String value) {
    return Text.builder().value(value).size(TextSize.SM).build();
  }

  private static TableCell end(WidgetComponent child) {
    return TableCell.builder().align(TableCell.Align.END).children(child).build();
  }
}
