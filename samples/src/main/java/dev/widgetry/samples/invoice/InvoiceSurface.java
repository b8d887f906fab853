package dev.widgetry.samples.invoice;

import static dev.widgetry.samples.A2uiButtons.button;

import dev.widgetry.a2ui.Node;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Card;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Divider;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Justify;
import dev.widgetry.a2ui.basic.Row;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.samples.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice as an A2UI surface. The {@link Invoice} is the surface's data model; its number,
 * customer, dates and lines are bound by typed paths ({@code InvoicePaths}). What the record
 * computes (each line's amount, subtotal, tax, total) is written as text, since A2UI has no
 * arithmetic. The buttons fire {@link InvoiceHandlers}' own actions through {@code
 * InvoiceHandlersActions.A2ui}.
 */
public final class InvoiceSurface {
  /** The surface's id, also the gallery entry's. */
  public static final String ID = "invoice";

  private InvoiceSurface() {}

  /** The surface for the invoice as it stands. */
  public static Surface of(Invoice invoice) {
    return of(invoice, null);
  }

  /** The surface with {@code notice}, a line saying what just happened; null for none. */
  public static Surface of(Invoice invoice, String notice) {
    InvoicePaths paths = InvoicePaths.root();
    boolean paid = invoice.status() == InvoiceStatus.PAID;
    List<Node> rows = new ArrayList<>();
    rows.add(Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
        Column.of(
            Text.of(Functions.formatText("Invoice ", paths.number()), Text.Variant.H3),
            Text.of(paths.customer()),
            Text.of(Functions.formatDate(paths.issued(), "'Issued' d MMM yyyy"), Text.Variant.CAPTION)),
        paid ? Text.of("Paid", Text.Variant.H5)
            : Text.of(Functions.formatDate(paths.due(), "'Due' d MMM yyyy"), Text.Variant.H5)));
    for (int i = 0; i < invoice.lines().size(); i++) {
      rows.add(line(paths.lines().item(i), invoice.lines().get(i)));
    }
    rows.add(Divider.of());
    rows.add(amount("Subtotal", Money.euros(invoice.subtotal()), Text.Variant.BODY));
    rows.add(amount("Tax " + invoice.taxPercent() + "%", Money.euros(invoice.tax()), Text.Variant.BODY));
    rows.add(amount("Total", Money.euros(invoice.total()), Text.Variant.H4));
    if (notice != null) {
      rows.add(Text.of(notice, Text.Variant.CAPTION));
    }
    rows.add(paid
        ? Row.of(Row.builder().justify(Justify.END),
            button("Mark as unpaid", InvoiceHandlersActions.A2ui.reopen(), Button.Variant.BORDERLESS))
        : Row.of(Row.builder().justify(Justify.END),
            button("Send reminder", InvoiceHandlersActions.A2ui.remind(), Button.Variant.DEFAULT),
            button("Mark as paid", InvoiceHandlersActions.A2ui.pay(), Button.Variant.PRIMARY)));
    return Surface.builder(ID)
        .root(Card.of(Column.of(rows.toArray(Node[]::new))))
        .dataModel(invoice)
        .build();
  }

  private static Node line(InvoiceLinePaths paths, InvoiceLine line) {
    return Row.of(Row.builder().justify(Justify.SPACE_BETWEEN),
        Column.of(
            Text.of(paths.description()),
            Text.of(Functions.formatText(paths.quantity(), " × " + Money.euros(line.unitPrice())),
                Text.Variant.CAPTION)),
        Text.of(Money.euros(line.amount())));
  }

  private static Node amount(String label, String value, Text.Variant variant) {
    return Row.of(Row.builder().justify(Justify.SPACE_BETWEEN), Text.of(label, variant), Text.of(value, variant));
  }
}
