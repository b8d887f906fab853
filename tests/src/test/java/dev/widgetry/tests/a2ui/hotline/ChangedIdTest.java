package dev.widgetry.tests.a2ui.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.OfficialSchemas;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.basic.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A component whose {@code withId} keeps another id than it is given ({@link SuffixedCard}) has
 * that id written escaped: the flattener looked only at the id it gave, so the writer must look at
 * the one kept rather than copy it as it is, and the output holds to the official schemas with the
 * Hotline catalog's document.
 */
class ChangedIdTest {

  @Test
  void anIdAWithIdChangedIsWrittenEscapedInBothVersions() throws Exception {
    Surface surface = Surface.builder("s", HotlineComponentCatalog.CATALOG)
        .root(Column.of(new SuffixedCard(null, "Call us", null, null))).build();

    for (A2uiVersion version : List.of(A2uiVersion.V0_9, A2uiVersion.V1_0)) {
      JsonNode written = new ObjectMapper().readTree(A2ui.writer(version).toJson(surface.update()));

      assertEquals("root-0-\u00e9", written.at("/updateComponents/components/1/id").asText(), version.toString());
      String catalog = HotlineComponentCatalog.CATALOG.document(version);
      assertEquals(List.of(), version == A2uiVersion.V0_9
          ? OfficialSchemas.withCatalog(catalog).problems("server_to_client.json", written)
          : OfficialV1Schemas.withCatalog(catalog).problems("agent_to_renderer.json", written), version.toString());
    }
  }
}
