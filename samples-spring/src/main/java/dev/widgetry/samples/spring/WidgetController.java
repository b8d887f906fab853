package dev.widgetry.samples.spring;

import dev.widgetry.chatkit.WidgetRoot;
import java.util.List;
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
  private final GalleryWidgets widgets;

  WidgetController(GalleryWidgets widgets) {
    this.widgets = widgets;
  }

  /** One of the gallery's widgets, with the id the page gives it. */
  record Tile(String id, WidgetRoot widget) {}

  @GetMapping("/api/widgets")
  List<Tile> all() {
    return widgets.all().entrySet().stream().map(entry -> new Tile(entry.getKey(), entry.getValue().get())).toList();
  }

  @GetMapping("/api/widgets/{id}")
  ResponseEntity<WidgetRoot> one(@PathVariable String id) {
    return widgets.widget(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
  }
}
