package dev.widgetry.samples.spring;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.invoice.InvoiceHandlers;
import dev.widgetry.samples.profile.ProfileHandlers;
import dev.widgetry.samples.report.ReportHandlers;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.signup.SignUpHandlers;
import dev.widgetry.samples.tasks.TaskHandlers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The gallery's widgets by the id the page gives them, each drawn from its handler bean's state
 * as it stands: what the controller returns and what the chat's assistant shows.
 */
@Component
class GalleryWidgets {
  private final Map<String, Supplier<WidgetRoot>> widgets = new LinkedHashMap<>();

  GalleryWidgets(CartHandlers cart, FlightHandlers flights, SignUpHandlers signUp, ReportHandlers report,
      TaskHandlers tasks, InvoiceHandlers invoice, ProfileHandlers profile) {
    widgets.put("order", cart::widget);
    widgets.put("flights", flights::widget);
    widgets.put("signup", signUp::widget);
    widgets.put("report", report::widget);
    widgets.put("tasks", tasks::widget);
    widgets.put("invoice", invoice::widget);
    widgets.put("profile", profile::widget);
  }

  /** Every widget, in the page's order. */
  Map<String, Supplier<WidgetRoot>> all() {
    return Collections.unmodifiableMap(widgets);
  }

  /** The widget with this id, as it stands now. */
  Optional<WidgetRoot> widget(String id) {
    return Optional.ofNullable(widgets.get(id)).map(Supplier::get);
  }
}
