package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.annotations.Widget;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Containers;
import dev.widgetry.tests.model.Layout;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Optionals;
import dev.widgetry.tests.model.Signup;
import dev.widgetry.tests.model.Tag;
import dev.widgetry.tests.model.Trees;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The strict flavour a structured-output model API accepts: its shape follows the subset's rules,
 * what {@code toStrictJson} writes validates against it and reads back equal, and what it rejects
 * the parser rejects too.
 */
class StrictSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
  /** Keywords outside the strict subset; none may appear. */
  private static final Set<String> OUTSIDE_THE_SUBSET =
      Set.of("oneOf", "allOf", "not", "const", "minLength", "maxLength", "uniqueItems", "minProperties",
          "maxProperties", "patternProperties", "$schema", "title");
  /** Samples holding a JSON object tree, which the subset cannot describe. */
  private static final Set<Class<?>> NOT_STRICT = Set.of(Trees.class);

  @Test
  void everyStrictSchemaIsValidJsonSchemaAndKeepsToTheSubset() throws IOException {
    for (Object sample : Samples.all()) {
      JsonNode strict = Samples.MAPPER.readTree(Widgets.strictSchema(sample.getClass()));
      assertEquals(List.of(), META_SCHEMA.validate(strict), sample.getClass().getName());
      assertKeepsToTheSubset(strict, "", sample.getClass().getSimpleName());
    }
  }

  @Test
  void everyPropertyIsRequiredAndTheOptionalOnesAcceptNull() throws IOException {
    JsonNode strict = Samples.MAPPER.readTree(Widgets.strictSchema(Optionals.class));

    assertEquals(Samples.MAPPER.readTree("[\"nickname\",\"age\",\"visits\",\"score\",\"tag\",\"plainNullable\"]"),
        strict.get("required"));
    assertEquals(Samples.MAPPER.readTree("[\"string\",\"null\"]"), strict.at("/properties/nickname/type"));
    assertEquals(Samples.MAPPER.readTree("[{\"$ref\":\"#/$defs/Tag\"},{\"type\":\"null\"}]"),
        strict.at("/properties/tag/anyOf"));
  }

  @Test
  void aTaggedUnionBecomesAnyOfWithOneValueEnumsForItsTags() throws IOException {
    JsonNode strict = Samples.MAPPER.readTree(Widgets.strictSchema(Node.class));

    assertEquals(3, strict.get("anyOf").size());
    assertEquals(Samples.MAPPER.readTree("{\"type\":\"string\",\"enum\":[\"Img\"]}"), strict.at("/$defs/Node.Image/properties/type"));
  }

  @Test
  void whatWeWriteInStrictFormValidatesAndReadsBackEqual() throws IOException {
    for (Object sample : Samples.all()) {
      if (NOT_STRICT.contains(sample.getClass())) {
        continue;
      }
      String json = codecOf(sample).toStrictJson(sample);
      Schema strict = REGISTRY.getSchema(Widgets.strictSchema(sample.getClass()));
      assertEquals(List.of(), strict.validate(Samples.MAPPER.readTree(json)), json);
      // Compared by their wire form, as records holding arrays are not equal to their copies.
      Object back = Widgets.fromJson(json, sample.getClass(), ParseOptions.modelOutput());
      assertEquals(Widgets.toJson(sample), Widgets.toJson(back), "explicit nulls read as absent, entry lists as maps: "
          + json);
    }
  }

  @Test
  void strictJsonWritesNullForEveryAbsentProperty() {
    Tag tag = new Tag(null, 1);

    assertEquals("{\"label\":null,\"weight\":1}", Widgets.codec(Tag.class).toStrictJson(tag));
    assertEquals("{\"weight\":1}", Widgets.toJson(tag));
  }

  /**
   * An {@code Optional<String>} and a {@code List<String>} are written by one runtime call each
   * ({@code OptionalMembers.writeOptional}, {@code StringLists.write}): absent (empty or null) they
   * are null in strict JSON and left out otherwise, present the same in both; a null list is read
   * back as absent ({@code StringLists.readNullable}).
   */
  @Test
  void anAbsentOptionalStringOrListOfStringsIsNullInStrictJsonAndLeftOutOtherwise() throws IOException {
    WidgetCodec<Optionals> optionals = Widgets.codec(Optionals.class);
    for (Optional<String> absent : Arrays.asList(Optional.<String>empty(), null)) {
      Optionals value = new Optionals(absent, OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty(),
          Optional.empty(), null);
      assertTrue(Samples.MAPPER.readTree(optionals.toStrictJson(value)).get("nickname").isNull(), String.valueOf(absent));
      assertFalse(Samples.MAPPER.readTree(Widgets.toJson(value)).has("nickname"), String.valueOf(absent));
    }
    Optionals named = new Optionals(Optional.of("Al"), OptionalInt.empty(), OptionalLong.empty(),
        OptionalDouble.empty(), Optional.empty(), null);
    assertEquals("Al", Samples.MAPPER.readTree(optionals.toStrictJson(named)).get("nickname").asText());
    assertEquals("{\"nickname\":\"Al\"}", Widgets.toJson(named));

    Containers noNames = new Containers(null, null, null, null, null, null, null, null, null);
    String strict = Widgets.codec(Containers.class).toStrictJson(noNames);
    assertTrue(Samples.MAPPER.readTree(strict).get("names").isNull(), strict);
    assertEquals("{}", Widgets.toJson(noNames));
    assertNull(Widgets.fromJson(strict, Containers.class).names());
    Containers names = new Containers(List.of("a"), null, null, null, null, null, null, null, null);
    assertEquals("[\"a\"]", Samples.MAPPER.readTree(Widgets.codec(Containers.class).toStrictJson(names)).get("names")
        .toString());
    assertEquals(List.of("a"), Widgets.fromJson(Widgets.toJson(names), Containers.class).names());
  }

  /**
   * The parser reads both flavours, so a missing optional property, which only the strict schema
   * refuses, is not among these.
   */
  @Test
  void whatTheStrictSchemaRejectsTheParserRejects() throws IOException {
    Schema strict = REGISTRY.getSchema(Widgets.strictSchema(Signup.class));
    for (String json : List.of(
        "{\"user\":\"a\",\"email\":null,\"age\":20,\"budget\":null,\"currency_code\":\"eu\",\"tags\":null}",
        "{\"user\":\" \",\"email\":null,\"age\":20,\"budget\":null,\"currency_code\":null,\"tags\":null}",
        "{\"user\":\"a\",\"email\":null,\"age\":10,\"budget\":null,\"currency_code\":null,\"tags\":null}",
        "{\"user\":\"a\",\"email\":null,\"age\":20,\"budget\":null,\"currency_code\":null,\"tags\":null,\"x\":1}")) {
      assertFalse(strict.validate(Samples.MAPPER.readTree(json)).isEmpty(), "the strict schema accepts " + json);
      assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Signup.class), json);
    }
  }

  @Test
  void aToolDefinitionCarriesTheStrictSchemaAsItsParameters() throws IOException {
    JsonNode tool = Samples.MAPPER.readTree(Widgets.toolDefinition(Signup.class));
    ObjectNode parameters = (ObjectNode) Samples.MAPPER.readTree(Widgets.strictSchema(Signup.class));
    parameters.remove("description");

    assertEquals("function", tool.get("type").asText());
    assertEquals("signup", tool.get("name").asText());
    assertEquals("A new account.", tool.get("description").asText());
    assertEquals(parameters, tool.get("parameters"));
    assertTrue(tool.get("strict").asBoolean());
  }

  @Test
  void aTypeThatIsNotAnObjectHasNoToolDefinition() {
    UnsupportedOperationException union = assertThrows(UnsupportedOperationException.class,
        () -> Widgets.toolDefinition(Node.class));

    assertTrue(union.getMessage().startsWith("dev.widgetry.tests.model.Node is not written as a JSON object"),
        union.getMessage());
    assertTrue(Widgets.toolDefinition(Layout.class).contains("\"name\": \"layout\""));
  }

  /**
   * A value record written as a map: a JSON object, so it has a tool definition, named and
   * described after the record (its schema's root could carry its component's description).
   */
  @Test
  void aValueRecordWrittenAsAnObjectHasAToolDefinition() throws IOException {
    JsonNode tool = Samples.MAPPER.readTree(Widgets.toolDefinition(Labels.class));

    assertEquals(Samples.MAPPER.readTree("{\"type\": \"function\", \"name\": \"labels\","
        + " \"description\": \"Labels by language.\", \"parameters\": {\"type\": \"object\", \"properties\": {},"
        + " \"required\": [], \"additionalProperties\": false}, \"strict\": true}"), tool);
  }

  /** Labels by language. */
  @Widget
  record Labels(@JsonValue Map<String, String> byLanguage) {}

  private static void assertKeepsToTheSubset(JsonNode schema, String pointer, String type) {
    if (schema.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        boolean isPropertyName = pointer.endsWith("/properties") || pointer.endsWith("/$defs");
        if (!isPropertyName) {
          assertFalse(OUTSIDE_THE_SUBSET.contains(field.getKey()) && !(pointer.isEmpty() && field.getKey().equals("title")),
              type + ": " + pointer + "/" + field.getKey() + " is outside the strict subset");
        }
        assertKeepsToTheSubset(field.getValue(), pointer + "/" + field.getKey(), type);
      }
      if (schema.has("properties")) {
        assertEquals(false, schema.get("additionalProperties").asBoolean(true), type + " " + pointer + " is open");
        assertEquals(schema.get("properties").size(), schema.get("required").size(),
            type + " " + pointer + " leaves a property out of required");
      }
    } else if (schema.isArray()) {
      for (int i = 0; i < schema.size(); i++) {
        assertKeepsToTheSubset(schema.get(i), pointer + "/" + i, type);
      }
    }
  }

  @SuppressWarnings("unchecked") // a widget's own codec accepts it
  private static WidgetCodec<Object> codecOf(Object widget) {
    return (WidgetCodec<Object>) Widgets.codec(widget.getClass());
  }
}
