package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * v1.0's createSurface metadata: kept when read, written as v1.0 (alone or inline), valid by the
 * official {@code agent_to_renderer.json}; refused as v0.9, which has none, rather than dropped;
 * what the schema refuses the reader refuses too.
 */
class V1SurfaceMetadataTest {
  private static final A2uiReader READER = A2ui.reader(A2uiVersion.V1_0);
  private static final JsonNode METADATA = OfficialExamples.parse("{\"extensions\":{\"acme_trace\":{\"id\":\"t-1\"},"
      + "\"größe\":2}}");

  @Test
  void metadataIsWrittenAndReadBackInV1() {
    CreateSurface create = new CreateSurface("s", BasicCatalog.ID, null, null, METADATA);
    String alone = A2ui.writer(A2uiVersion.V1_0).toJson(create);
    String inline = A2ui.writer(A2uiVersion.V1_0).inlineCreate().toJsonArray(List.of(create,
        new UpdateComponents("s", List.of(Text.of("Hi").withId("root")))));

    assertEquals(List.of(),
        OfficialV1Schemas.official().problems("agent_to_renderer.json", OfficialExamples.parse(alone)));
    assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
        OfficialExamples.parse(inline)));
    assertEquals(METADATA, OfficialExamples.parse(alone).at("/createSurface/metadata"));
    assertEquals(create, READER.parseMessages(alone).get(0));
    assertEquals(create, READER.parseMessages(inline).get(0));
  }

  @Test
  void v09RefusesMetadataRatherThanDroppingIt() {
    CreateSurface create = new CreateSurface("s", BasicCatalog.ID, null, null, METADATA);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A2ui.toJson(create));

    assertEquals("A2UI v0.9's createSurface has no metadata (A2UI v1.0 has), and createSurface of \"s\" has some:"
        + " write it with A2ui.writer(A2uiVersion.V1_0), or build it without metadata", e.getMessage());
    assertEquals(List.of("/createSurface/metadata"), refused(A2ui.reader(A2uiVersion.V0_9),
        "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"" + BasicCatalog.ID
            + "\",\"metadata\":{}}}"));
  }

  @Test
  void metadataTheSchemaRefusesIsRefused() {
    for (String metadata : List.of("[]", "{\"other\":1}", "{\"extensions\":[]}", "{\"extensions\":{\"1st\":true}}",
        "{\"extensions\":{\"a-b\":true}}")) {
      String json = "{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\",\"metadata\":" + metadata + "}}";
      assertFalse(
          OfficialV1Schemas.official().problems("agent_to_renderer.json", OfficialExamples.parse(json)).isEmpty(),
          json);
      assertEquals(List.of("/createSurface/metadata"), refused(READER, json), json);
    }
  }

  private static List<String> refused(A2uiReader reader, String json) {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> reader.parseMessages(json));
    return e.problems().stream().map(ParseProblem::pointer).distinct().collect(Collectors.toList());
  }
}
