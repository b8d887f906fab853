package dev.widgetry.samples.spring;

import dev.widgetry.chatkit.WidgetRoot;
import dev.widgetry.samples.flights.FlightHandlers;
import dev.widgetry.samples.invoice.InvoiceHandlers;
import dev.widgetry.samples.profile.ProfileHandlers;
import dev.widgetry.samples.report.ReportHandlers;
import dev.widgetry.samples.shop.CartHandlers;
import dev.widgetry.samples.signup.SignUpHandlers;
import dev.widgetry.samples.tasks.TaskHandlers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gallery's widgets as they stand, the Spring way: a controller returns a widget, which the
 * starter's converter writes with its generated code, or a DTO holding widgets, which Boot's
 * Jackson mapper writes with the starter's module.
 *
 * <pre>
 * GET /api/widgets        [{"id": "order", "widget": {...}}, ...]
 * GET /api/widgets/{id}   the widget alone
 * </pre>
 */
@RestController
class WidgetController {
  private final Map<String, Supplier<WidgetRoot>> widgets = new LinkedHashMap<>();

  WidgetController(CartHandlers cart, FlightHandlers flights, SignUpHandlers signUp, ReportHandlers report,
      TaskHandlers tasks, InvoiceHandlers invoice, ProfileHandlers profile) {
    widgets.put("order", cart::widget);
    widgets.put("flights", flights::widget);
    widgets.put("signup", signUp::widget);
    widgets.put("report", report::widget);
    widgets.put("tasks", tasks::widget);
    widgets.put("invoice", invoice::widget);
    widgets.put("profile", profile::widget);
  }

  /** One of the gallery's widgets, with the id the page gives it. */
  record Tile(String id, WidgetRoot widget) {}

  @GetMapping("/api/widgets")
  List<Tile> all() {
    return widgets.entrySet().stream().map(entry -> new Tile(entry.getKey(), entry.getValue().get())).toList();
  }

  @GetMapping("/api/widgets/{id}")
  ResponseEntity<WidgetRoot> one(@PathVariable String id) {
    Supplier<WidgetRoot> widget = widgets.get(id);
    return widget == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(widget.get());
  }
}
