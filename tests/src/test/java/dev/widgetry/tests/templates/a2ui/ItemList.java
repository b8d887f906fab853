package dev.widgetry.tests.templates.a2ui;

import dev.widgetry.annotations.Widget;
import dev.widgetry.annotations.WidgetTemplate;
import java.util.List;

/** The data of the official "ChildList Template Expansion" example: a list its template repeats over. */
@Widget
@WidgetTemplate("a2ui-examples/34_child-list-template.json")
public record ItemList(List<Item> items) {

  /** One row: its paths in the file are relative to the item. */
  @Widget
  public record Item(String name, int quantity) {}
}
