package dev.widgetry.tests.a2ui.acme;

import dev.widgetry.a2ui.A2uiCatalog;
import dev.widgetry.a2ui.A2uiComponent;
import dev.widgetry.annotations.Widget;

/** Acme's components for order surfaces, beside the basic catalog's. */
@Widget(discriminator = "component")
@A2uiCatalog(id = AcmeComponent.ID, title = "Acme Orders")
public sealed interface AcmeComponent extends A2uiComponent permits OrderTimeline, PriceChart {
  String ID = "https://acme.example/a2ui/catalogs/orders/v1/catalog.json";
}
