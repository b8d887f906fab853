package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Widgets.schema(...)} of each root is a complete JSON Schema (draft 2020-12) of the catalog,
 * fit to give a model: valid against the meta-schema, self-contained, described throughout, and
 * accepting the widgets of that root while refusing broken ones.
 */
class RootSchemasTest {

  static Stream<Class<?>> roots() {
    return Stream.of(WidgetRoot.class, Card.class, ListView.class, Basic.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void isAValidSchema(Class<?> root) {
    JsonNode schema = CatalogSchema.of(root);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    assertEquals(List.of(), CatalogSchema.metaSchemaProblems(schema));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void refersOnlyToItself(Class<?> root) {
    List<String> refs = new ArrayList<>();
    CatalogSchema.of(root).findValues("$ref").forEach(ref -> refs.add(ref.asText()));
    assertFalse(refs.isEmpty());
    refs.forEach(ref -> assertTrue(ref.equals("#") || ref.startsWith("#/$defs/"), ref));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void describesEveryTypeAndProp(Class<?> root) {
    JsonNode schema = CatalogSchema.of(root);
    Map<String, String> undescribed = new TreeMap<>();
    checkDescribed(root.getSimpleName(), schema, undescribed);
    schema.path("$defs").fields().forEachRemaining(def -> checkDescribed(def.getKey(), def.getValue(), undescribed));
    assertEquals(Map.of(), undescribed);
  }

  /** Every type but an enum has a description, and so does every property but the "type" tag. */
  private static void checkDescribed(String name, JsonNode definition, Map<String, String> undescribed) {
    if (definition.has("enum")) {
      return;
    }
    if (definition.path("description").asText().isBlank()) {
      undescribed.put(name, "no description");
    }
    definition.path("properties").fields().forEachRemaining(property -> {
      if (!property.getKey().equals("type") && property.getValue().path("description").asText().isBlank()) {
        undescribed.put(name + "." + property.getKey(), "no description");
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.widgetry.chatkit.CompositeWidgetsTest#widgets")
  void acceptsEveryCompositeWidget(String name, WidgetRoot widget) {
    JsonNode json = Json.resource("/chatkit/composites/" + name + ".json");
    assertEquals(List.of(), CatalogSchema.problems(WidgetRoot.class, json));
    assertEquals(List.of(), CatalogSchema.problems(widget.getClass(), json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.widgetry.chatkit.ReadingChatKitJsonTest#samples")
  void acceptsEverySampleOnceItsNullsAreDropped(String sample) {
    JsonNode json = Json.normalized(Json.resource("/chatkit/samples/" + sample));
    assertEquals(List.of(), CatalogSchema.problems(WidgetRoot.class, json));
  }

  static Stream<Arguments> brokenWidgets() {
    return Stream.of(
        arguments(Card.class, "{\"type\": \"Card\", \"children\": [{\"type\": \"Text\", \"value\": \"x\", \"colour\": \"red\"}]}"),
        arguments(Card.class, "{\"type\": \"Card\", \"children\": [{\"type\": \"Text\"}]}"),
        arguments(Card.class, "{\"type\": \"Card\", \"children\": [{\"type\": \"ListView\", \"children\": []}]}"),
        arguments(ListView.class, "{\"type\": \"ListView\", \"children\": [{\"type\": \"Text\", \"value\": \"x\"}]}"),
        arguments(ListView.class, "{\"type\": \"ListView\", \"limit\": \"all\", \"children\": []}"),
        arguments(Basic.class, "{\"type\": \"Basic\", \"children\": [{\"type\": \"ListViewItem\", \"children\": []}]}"),
        arguments(Basic.class, "{\"type\": \"Basic\", \"gap\": true, \"children\": []}"),
        arguments(WidgetRoot.class, "{\"type\": \"Card\", \"size\": \"small\", \"children\": []}"),
        arguments(WidgetRoot.class, "{\"type\": \"Table.Row\", \"children\": []}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenWidgets")
  void refusesABrokenWidget(Class<?> root, String json) {
    assertFalse(CatalogSchema.problems(root, Json.parse(json)).isEmpty());
  }
}
