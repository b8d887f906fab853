package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.a2ui.basic.BasicCatalog;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The basic catalog's v1.0 document, generated from the same records as the v0.9 one, is the
 * official {@code v1_0/catalog.json} as a JSON tree, but for the descriptions below the top level
 * (the records' Javadoc, written for Java readers; the v0.9 test sets them aside too). Object key order is no part of a JSON value, nor the
 * order of a {@code required}, {@code enum} or {@code oneOf} list in a schema, so those are compared
 * as sets.
 */
class BasicCatalogV1DocumentTest {
  private static final JsonNode GENERATED = OfficialExamples.parse(BasicCatalog.CATALOG.document(A2uiVersion.V1_0));
  private static final JsonNode OFFICIAL = OfficialExamples.parse(OfficialExamples.resource("/a2ui/v1_0/catalog.json"));

  @Test
  void theDocumentIsTheOfficialOne() {
    assertEquals(normal(OFFICIAL, true), normal(GENERATED, true));
  }

  @Test
  void theTopLevelIsTheOfficialOneWordForWord() {
    for (String key : List.of("$schema", "$id", "protocolVersion", "title", "description", "catalogId",
        "instructions")) {
      assertEquals(OFFICIAL.get(key), GENERATED.get(key), key);
    }
    assertEquals(A2uiVersion.V1_0.basicCatalogId(), GENERATED.get("catalogId").asText());
    assertEquals(OFFICIAL.at("/components/Text/properties/weight"), GENERATED.at("/components/Text/properties/weight"));
  }

  @Test
  void theDocumentIsACatalogByTheOfficialDefinition() {
    assertEquals(List.of(), OfficialV1Schemas.official().problems("catalog_definition.json", GENERATED));
  }

  @Test
  void eachVersionsDocumentHasThePropsOfItsVersion() {
    JsonNode v09 = OfficialExamples.parse(BasicCatalog.CATALOG.document(A2uiVersion.V0_9));

    assertEquals(OfficialExamples.parse(BasicCatalog.CATALOG.document()), v09);
    assertTrue(GENERATED.at("/components/TextField/allOf/1/properties").has("placeholder"));
    assertFalse(GENERATED.at("/components/TextField/allOf/1/properties").has("validationRegexp"));
    assertTrue(v09.at("/components/TextField/allOf/3/properties").has("validationRegexp"));
    assertFalse(v09.at("/components/TextField/allOf/3/properties").has("placeholder"));
    assertFalse(GENERATED.at("/components/Button/allOf/1/properties").has("catalogId"),
        "catalogId and metadata are v1.0's ComponentCommon, not the component's own");
  }

  @Test
  void underAnotherIdBothDocumentsNameThatId() {
    String other = "https://example.com/a2ui/basic_catalog.json";
    ComponentCatalog renamed = BasicCatalog.CATALOG.withId(other);

    for (A2uiVersion version : A2uiVersion.values()) {
      String document = renamed.document(version);
      assertEquals(other, OfficialExamples.parse(document).get("catalogId").asText(), version.name());
      assertFalse(document.contains(version.basicCatalogId()), version.name());
    }
    assertThrows(NullPointerException.class, () -> BasicCatalog.CATALOG.document(null));
  }

  /** The tree without descriptions below the top level, its set-like lists sorted. */
  private static JsonNode normal(JsonNode node, boolean top) {
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> array.add(normal(item, false)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      // A prop named "description" (Image's) holds a schema; the annotation holds text.
      if (field.getKey().equals("description") && field.getValue().isTextual() && !top) {
        continue;
      }
      JsonNode value = normal(field.getValue(), false);
      object.set(field.getKey(), List.of("required", "enum", "oneOf").contains(field.getKey()) && value.isArray()
          ? OfficialExamples.sorted(value) : value);
    }
    return object;
  }
}
