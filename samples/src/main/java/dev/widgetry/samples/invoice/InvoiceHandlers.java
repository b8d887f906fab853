package dev.widgetry.samples.invoice;

import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import java.time.LocalDate;
import java.util.List;

/** One invoice's state (paid or not) and the actions of its buttons. */
public final class InvoiceHandlers {
  private static final List<InvoiceLine> LINES = List.of(
      new InvoiceLine("Discovery workshop", 1, 1200),
      new InvoiceLine("Chat widget design", 24, 95),
      new InvoiceLine("Backend integration", 32, 110),
      new InvoiceLine("Hosting, June", 1, 49));

  private InvoiceStatus status = InvoiceStatus.DUE;

  /** Records the payment. */
  @OnAction("invoice.pay")
  synchronized ActionResult pay() {
    status = InvoiceStatus.PAID;
    return ActionResult.update(widget()).withMessage(invoice().number() + " is marked as paid.");
  }

  /** Undoes {@link #pay}. */
  @OnAction("invoice.reopen")
  synchronized Card reopen() {
    status = InvoiceStatus.DUE;
    return widget();
  }

  /** Reminds the customer; the invoice itself does not change. */
  @OnAction("invoice.remind")
  ActionResult remind() {
    return ActionResult.none().withMessage("Reminder sent to accounts@northwind.example.");
  }

  /** The invoice as it stands. */
  public synchronized Invoice invoice() {
    return new Invoice("INV-2041", "Northwind Traders", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 30), LINES, 21,
        status);
  }

  /** The widget the gallery shows now. */
  public synchronized Card widget() {
    return InvoiceCard.render(invoice());
  }
}
