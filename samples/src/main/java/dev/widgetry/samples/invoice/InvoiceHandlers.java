package dev.widgetry.samples.invoice;

import dev.widgetry.a2ui.A2uiAnswer;
import dev.widgetry.annotations.OnAction;
import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ActionResult;
import dev.widgetry.runtime.Reply;
import dev.widgetry.samples.SurfaceUpdates;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice's state (paid or not) and the actions of its buttons. Each action answers with a
 * {@link Reply}: the ChatKit card for ChatKit, the {@link InvoiceSurface} drawn again for A2UI, so
 * the surface's buttons reach these very methods.
 */
public final class InvoiceHandlers {
  private static final List<InvoiceLine> LINES = List.of(
      new InvoiceLine("Discovery workshop", 1, 1200),
      new InvoiceLine("Chat widget design", 24, 95),
      new InvoiceLine("Backend integration", 32, 110),
      new InvoiceLine("Hosting, June", 1, 49));

  private static final String REMINDED = "Reminder sent to accounts@northwind.example.";

  private InvoiceStatus status = InvoiceStatus.DUE;

  /** Records the payment. */
  @OnAction("invoice.pay")
  synchronized Reply pay() {
    status = InvoiceStatus.PAID;
    return Reply.of(ActionResult.class,
            () -> ActionResult.update(widget()).withMessage(invoice().number() + " is marked as paid."))
        .or(A2uiAnswer.class, () -> SurfaceUpdates.answer(InvoiceSurface.of(invoice())));
  }

  /** Undoes {@link #pay}. */
  @OnAction("invoice.reopen")
  synchronized Reply reopen() {
    status = InvoiceStatus.DUE;
    return Reply.of(Card.class, this::widget)
        .or(A2uiAnswer.class, () -> SurfaceUpdates.answer(InvoiceSurface.of(invoice())));
  }

  /** Reminds the customer; the invoice itself does not change. */
  @OnAction("invoice.remind")
  Reply remind() {
    return Reply.of(ActionResult.class, () -> ActionResult.none().withMessage(REMINDED))
        .or(A2uiAnswer.class, () -> SurfaceUpdates.answer(InvoiceSurface.of(invoice(), REMINDED)));
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
