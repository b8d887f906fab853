package dev.widgetry.a2ui.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.widgetry.a2ui.OfficialExamples;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The basic catalog's document, generated from its records, says what the official
 * {@code catalog.json} says: every component and function schema is the official one once the
 * annotations (descriptions, defaults, titles) are set aside and the equivalent spellings made one
 * (the order of an enum, of a required list, of a oneOf; {@code additionalProperties: false} and
 * {@code unevaluatedProperties: false} on an object that applies no other schema). Equal schemas
 * accept and refuse the same JSON; {@code CatalogVerdictsTest} checks that with a validator too.
 */
class BasicCatalogDocumentTest {
  private static final JsonNode GENERATED = OfficialExamples.parse(BasicCatalog.CATALOG.document());
  private static final JsonNode OFFICIAL = OfficialExamples.tree("../catalog.json");

  static Stream<String> components() {
    return names(OFFICIAL.get("components"));
  }

  static Stream<String> functions() {
    return names(OFFICIAL.get("functions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void eachComponentSchemaIsTheOfficialOne(String name) {
    assertEquals(normal(OFFICIAL.at("/components/" + name)), normal(GENERATED.at("/components/" + name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("functions")
  void eachFunctionSchemaIsTheOfficialOne(String name) {
    assertEquals(normal(OFFICIAL.at("/functions/" + name)), normal(GENERATED.at("/functions/" + name)));
  }

  @Test
  void theCatalogHasTheOfficialComponentsFunctionsDefinitionsAndIds() {
    assertEquals(names(OFFICIAL.get("components")).toList(), names(GENERATED.get("components")).toList());
    assertEquals(new TreeSet<>(names(OFFICIAL.get("functions")).toList()),
        new TreeSet<>(names(GENERATED.get("functions")).toList()));
    for (String def : List.of("CatalogComponentCommon", "theme", "anyComponent", "anyFunction")) {
      assertEquals(normal(OFFICIAL.at("/$defs/" + def)), normal(GENERATED.at("/$defs/" + def)), def);
    }
    assertEquals(OFFICIAL.get("$id"), GENERATED.get("$id"));
    assertEquals(OFFICIAL.get("catalogId"), GENERATED.get("catalogId"));
  }

  @Test
  void defaultsAndDescriptionsAreThere() {
    assertEquals("body", GENERATED.at("/components/Text/allOf/2/properties/variant/default").asText());
    assertEquals(0, GENERATED.at("/components/Slider/allOf/3/properties/min/default").asInt());
    assertTrue(GENERATED.at("/components/Slider/allOf/3/properties/min/default").isNumber());
    assertTrue(GENERATED.at("/components/ChoicePicker/allOf/3/properties/filterable/default").isBoolean());
    assertTrue(GENERATED.at("/functions/formatString/description").asText().startsWith("formatString: Performs"));
  }

  private static Stream<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  /** The schema without annotations, its equivalent spellings made one. */
  static JsonNode normal(JsonNode schema) {
    if (schema.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      schema.forEach(item -> array.add(normal(item)));
      return array;
    }
    if (!schema.isObject()) {
      return schema;
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    boolean applies = schema.has("allOf") || schema.has("anyOf") || schema.has("oneOf") || schema.has("$ref")
        || schema.has("if");
    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (Set.of("description", "default", "title").contains(key)) {
        continue;
      }
      JsonNode value = normal(field.getValue());
      if (Set.of("enum", "required", "oneOf").contains(key)) {
        value = OfficialExamples.sorted(value);
      }
      if (key.equals("additionalProperties") && value.isBoolean() && !value.asBoolean() && !applies) {
        key = "unevaluatedProperties";
      }
      object.set(key, value);
    }
    return object;
  }

  @Test
  void theCatalogUnderAnotherIdNamesThatIdInItsDocumentSchemaAndPrompt() {
    String other = "https://example.com/a2ui/basic_catalog.json";
    dev.widgetry.a2ui.ComponentCatalog renamed = BasicCatalog.CATALOG.withId(other);
    dev.widgetry.a2ui.A2uiForModels models = dev.widgetry.a2ui.A2uiForModels.of(renamed);

    assertEquals(other, OfficialExamples.parse(renamed.document()).get("catalogId").asText());
    for (String text : List.of(renamed.document(), models.strictSchema(), models.prompt())) {
      assertTrue(text.contains(other) && !text.contains(BasicCatalog.ID), text);
    }
    assertEquals(BasicCatalog.ID, OfficialExamples.parse(BasicCatalog.CATALOG.document()).get("catalogId").asText());
  }
}
