package dev.widgetry.tests.a2ui.desk;

import dev.widgetry.a2ui.A2uiCatalog;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.annotations.Widget;

/** A help desk's components, beside the basic catalog's; its one component is package-private. */
@Widget(discriminator = "component")
@A2uiCatalog(id = DeskComponent.ID, title = "Help Desk")
public sealed interface DeskComponent extends A2uiComponent permits Ticket {
  String ID = "https://desk.example/a2ui/catalog.json";
}
