package dev.widgetry.tests.a2ui.hotline;

import dev.widgetry.a2ui.A2uiCatalog;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.annotations.Widget;

/** A shop's hotline components, beside the basic catalog's. */
@Widget(discriminator = "component")
@A2uiCatalog(id = HotlineComponent.ID, title = "Hotline")
public sealed interface HotlineComponent extends A2uiComponent permits CallbackCard, SuffixedCard {
  String ID = "https://hotline.example/a2ui/catalog.json";
}
