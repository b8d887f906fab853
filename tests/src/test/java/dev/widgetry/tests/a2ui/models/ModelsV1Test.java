package dev.widgetry.tests.a2ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.a2ui.A2ui;
import dev.widgetry.a2ui.A2uiForModels;
import dev.widgetry.a2ui.A2uiVersion;
import dev.widgetry.a2ui.A2uiWriter;
import dev.widgetry.a2ui.CreateSurface;
import dev.widgetry.a2ui.ModelAnswer;
import dev.widgetry.a2ui.OfficialV1Schemas;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.UpdateComponents;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.tests.a2ui.acme.AcmeComponent;
import dev.widgetry.tests.a2ui.acme.AcmeComponentCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a model gets for a catalog in A2UI v1.0 and what becomes of its answer, as {@link ModelsTest}
 * does for v0.9: the v1.0 schema keeps to strict mode's rules and has v1.0's forms, the official
 * v1.0 examples written under it validate and read back to the same messages, and what the answer
 * reads to is valid by the official v1.0 schemas.
 */
class ModelsV1Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final A2uiWriter WRITER = A2ui.writer(A2uiVersion.V1_0);
  private static final A2uiForModels BASIC = A2uiForModels.of(BasicCatalog.CATALOG, A2uiVersion.V1_0);
  private static final A2uiForModels ACME = A2uiForModels.of(AcmeComponentCatalog.CATALOG, A2uiVersion.V1_0);
  private static final String BASIC_V1 = "https://a2ui.org/specification/v1_0/catalogs/basic/catalog.json";
  /** An Acme surface created with its components and data model, a v1.0 prop (caption) and @index. */
  private static final String ACME_MESSAGES = "[{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"o\","
      + "\"catalogId\":\"" + AcmeComponent.ID + "\",\"components\":["
      + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"steps\",\"chart\",\"list\"]},"
      + "{\"component\":\"OrderTimeline\",\"id\":\"steps\",\"steps\":[\"Paid\",\"Packed\",\"Sent\"],"
      + "\"current\":{\"path\":\"/step\"},\"footer\":\"note\"},"
      + "{\"component\":\"PriceChart\",\"id\":\"chart\",\"points\":[{\"label\":\"Mon\",\"value\":3}],\"style\":\"bar\","
      + "\"legend\":[\"note\"],\"caption\":\"Prices in EUR\"},{\"component\":\"Text\",\"id\":\"note\","
      + "\"text\":\"Prices in EUR\",\"catalogId\":\"" + BASIC_V1 + "\"},"
      + "{\"component\":\"List\",\"id\":\"list\",\"children\":{\"componentId\":\"line\",\"path\":\"/lines\"}},"
      + "{\"component\":\"Text\",\"id\":\"line\",\"text\":{\"call\":\"formatNumber\",\"args\":{\"value\":"
      + "{\"call\":\"@index\",\"args\":{\"offset\":1}}}}}],"
      + "\"dataModel\":{\"step\":1,\"lines\":[\"a\",\"b\"]}}},"
      + "{\"version\":\"v1.0\",\"updateDataModel\":{\"surfaceId\":\"o\",\"path\":\"/note\",\"value\":null}}]";

  @Test
  void theV1RenderSchemasKeepToStrictModesRules() throws IOException {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (A2uiForModels models : List.of(BASIC, ACME)) {
      JsonNode schema = JSON.readTree(models.strictSchema());

      new StrictForm(schema).assertStrict();
      assertEquals(List.of(), metaSchema.validate(schema), models.toString());
    }
  }

  /** v1.0's messages and props, and none of v0.9's own forms. */
  @Test
  void theV1SchemaHasV1sFormsAndNoneOfV09s() throws IOException {
    String text = BASIC.strictSchema();
    JsonNode schema = JSON.readTree(text);
    JsonNode create = schema.at("/$defs/a2ui.CreateSurfaceMessage/properties");

    assertEquals("[\"v1.0\"]", create.at("/version/enum").toString());
    assertEquals("[\"" + BASIC_V1 + "\"]", create.at("/createSurface/properties/catalogId/enum").toString());
    assertEquals("[\"surfaceId\",\"catalogId\",\"sendDataModel\",\"components\",\"dataModel\"]",
        create.at("/createSurface/required").toString());
    assertEquals("#/$defs/a2ui.Component", create.at("/createSurface/properties/components/anyOf/0/items/$ref").asText());
    for (String v09Only : List.of("\"v0.9\"", "\"theme\"", "\"returnType\"", "\"validationRegexp\"", "Return\"")) {
      assertFalse(text.contains(v09Only), v09Only);
      assertFalse(ACME.strictSchema().contains(v09Only), v09Only);
    }
    assertTrue(schema.at("/$defs/TextField/properties").has("placeholder"));
    assertTrue(schema.at("/$defs/Button/properties").has("catalogId"));
    assertTrue(schema.at("/$defs/Button/properties").has("metadata"));
    assertTrue(schema.at("/$defs/Button/properties").has("weight"));
    assertTrue(schema.at("/$defs/Event/properties").has("userMessage"));
    assertTrue(schema.at("/$defs/NumberFunction/anyOf").toString().contains("\"#/$defs/IndexCall\""),
        schema.at("/$defs/NumberFunction").toString());
    assertEquals("[\"@index\"]", schema.at("/$defs/IndexCall/properties/call/enum").toString());
    assertFalse(JSON.readTree(A2uiForModels.of(BasicCatalog.CATALOG).strictSchema()).at("/$defs").has("IndexCall"));
  }

  /**
   * Text's heading variants are v0.9's: the v1.0 schemas list caption and body, of the basic catalog
   * and of one that extends it alike, and svgPath and openUrl's url take bindings in v1.0 and a
   * literal only in v0.9.
   */
  @Test
  void eachVersionsSchemaHasThatVersionsVariantsAndLiterals() throws IOException {
    for (A2uiForModels models : List.of(BASIC, ACME)) {
      JsonNode v1 = JSON.readTree(models.strictSchema());
      JsonNode v09 = JSON.readTree(A2uiForModels.of(models.catalog()).strictSchema());

      assertEquals("[\"caption\",\"body\"]", v1.at("/$defs/Text.Variant/enum").toString(), models.toString());
      assertEquals("[\"h1\",\"h2\",\"h3\",\"h4\",\"h5\",\"caption\",\"body\"]",
          v09.at("/$defs/Text.Variant/enum").toString(), models.toString());
      assertEquals("#/$defs/DynamicString", v1.at("/$defs/IconSource.Svg/properties/svgPath/$ref").asText());
      assertEquals("string", v09.at("/$defs/IconSource.Svg/properties/svgPath/type").asText(), models.toString());
      assertEquals("string", v09.at("/$defs/OpenUrlCall.Args/properties/url/type").asText(), models.toString());
    }
    assertFalse(BASIC.prompt().contains("h1"), BASIC.prompt());
  }

  @Test
  void aCustomCatalogsV1SchemaHasItsComponentsAfterTheBasicOnesAndItsV1Props() throws IOException {
    JsonNode schema = JSON.readTree(ACME.strictSchema());
    List<String> kinds = new ArrayList<>();
    schema.at("/$defs/a2ui.Component/anyOf").forEach(ref -> kinds.add(ref.get("$ref").asText()));

    assertEquals(20, kinds.size());
    assertEquals(List.of("#/$defs/OrderTimeline", "#/$defs/PriceChart"), kinds.subList(18, 20));
    assertEquals("[\"" + AcmeComponent.ID + "\"]",
        schema.at("/$defs/a2ui.CreateSurfaceMessage/properties/createSurface/properties/catalogId/enum").toString());
    assertTrue(schema.at("/$defs/PriceChart/properties").has("caption"));
    assertFalse(JSON.readTree(A2uiForModels.of(AcmeComponentCatalog.CATALOG).strictSchema())
        .at("/$defs/PriceChart/properties").has("caption"));
  }

  @Test
  void theV1ToolTakesTheV1SchemaAsItsParameters() throws IOException {
    JsonNode tool = JSON.readTree(ACME.toolDefinition());
    ObjectNode parameters = (ObjectNode) JSON.readTree(ACME.strictSchema());
    parameters.remove("description");

    assertEquals("render_a2ui_surface", tool.get("name").asText());
    assertEquals("Shows the user a user interface: A2UI v1.0 surfaces of the catalog " + AcmeComponent.ID + ".",
        tool.get("description").asText());
    assertEquals(parameters, tool.get("parameters"));
    assertTrue(tool.get("strict").asBoolean());
  }

  /**
   * Every official v1.0 example, as a model writes it under the v1.0 strict schema (its data-model
   * updates of whole objects left out), valid there, read back to the same messages, and what it
   * reads to valid by the official v1.0 schemas (but for the two networknt takes minutes on, as
   * the a2ui module's own v1.0 example test leaves out).
   */
  @Test
  void theOfficialV1ExamplesInStrictFormValidateReadBackAndAreValidV1() throws IOException {
    Path examples = Path.of(System.getProperty("widgetry.a2ui.v1.examples"));
    List<Path> files;
    try (Stream<Path> list = Files.list(examples)) {
      files = list.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(36, files.size());
    for (Path file : files) {
      List<ServerMessage> messages = A2ui.reader(A2uiVersion.V1_0).parseMessages(Files.readString(file));
      String expressible = WRITER.toJsonArray(messages.stream().filter(ModelsV1Test::strictlyExpressible).toList());
      List<ServerMessage> read = assertRoundTrip(BASIC, expressible, WRITER);
      String name = file.getFileName().toString();
      if (!name.startsWith("09_") && !name.startsWith("32_")) {
        assertEquals(List.of(), OfficialV1Schemas.official().problems("agent_to_renderer_list.json",
            JSON.readTree(WRITER.toJsonArray(read))), name);
      }
    }
  }

  @Test
  void aCustomCatalogsSurfaceCreatedWithItsComponentsAndDataModelReadsBackAndIsValidV1() throws IOException {
    List<ServerMessage> read = assertRoundTrip(ACME, ACME_MESSAGES, WRITER.inlineCreate());

    assertEquals(4, read.size());
    assertTrue(read.get(0) instanceof CreateSurface);
    assertTrue(read.get(1) instanceof UpdateComponents);
    assertTrue(read.get(2) instanceof UpdateDataModel);
    assertEquals(new UpdateDataModel("o", "/note", null), read.get(3));
    OfficialV1Schemas acme = OfficialV1Schemas.withCatalog(AcmeComponentCatalog.CATALOG.document(A2uiVersion.V1_0));
    assertEquals(List.of(), acme.problems("agent_to_renderer_list.json", JSON.readTree(WRITER.toJsonArray(read))));
  }

  /** The data model a createSurface brings is the list of its entries, as a map is in the strict form. */
  @Test
  void theDataModelOfACreateSurfaceIsTheListOfItsEntries() throws IOException {
    JsonNode answer = new StrictForm(JSON.readTree(ACME.strictSchema())).fill(StrictForm.answer(ACME_MESSAGES));

    assertEquals("[{\"key\":\"step\",\"value\":1},{\"key\":\"lines\",\"value\":[\"a\",\"b\"]}]",
        answer.at("/messages/0/createSurface/dataModel").toString());
    ObjectNode twice = answer.deepCopy();
    ((ObjectNode) twice.at("/messages/0/createSurface/dataModel/1")).put("key", "step");
    ModelAnswer read = ACME.read(twice.toString());
    assertEquals(1, read.problems().size(), read::retryMessage);
    assertTrue(read.problems().get(0).startsWith("At /messages/0/createSurface/dataModel/1"), read::retryMessage);
    assertTrue(read.problems().get(0).endsWith("expected each key once, found \"step\" a second time."),
        read::retryMessage);
  }

  @Test
  void theV1SchemaRefusesWhatTheV1ParserRefuses() throws IOException {
    Schema strict = REGISTRY.getSchema(ACME.strictSchema());
    StrictForm form = new StrictForm(JSON.readTree(ACME.strictSchema()));
    assertEquals(List.of(), strict.validate(form.fill(StrictForm.answer(ACME_MESSAGES))));
    for (String wrong : List.of(
        ACME_MESSAGES.replace("\"style\":\"bar\"", "\"style\":\"pie\""),
        ACME_MESSAGES.replace("\"PriceChart\"", "\"PieChart\""),
        ACME_MESSAGES.replace("\"version\":\"v1.0\"", "\"version\":\"v0.9\""),
        ACME_MESSAGES.replace("\"footer\":\"note\"", "\"footer\":\"note\",\"colour\":\"red\""))) {
      JsonNode answer = form.fill(StrictForm.answer(wrong));
      assertFalse(strict.validate(answer).isEmpty(), "the strict schema accepts " + wrong);
      assertFalse(ACME.read(answer.toString()).valid(), "the parser accepts " + wrong);
    }
    // A call's returnType, which v1.0's schemas refuse: the v1.0 reader reads it (its writer leaves it out); the strict schema has none.
    String returnType = ACME_MESSAGES.replace("{\"offset\":1}}}}", "{\"offset\":1}}},\"returnType\":\"string\"}");
    assertFalse(strict.validate(form.fill(StrictForm.answer(returnType))).isEmpty(),
        "the strict schema accepts " + returnType);
  }

  @Test
  void aV09AnswerIsOneRetryMessageNamingTheVersion() {
    ModelAnswer answer = BASIC.read("{\"messages\":[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\","
        + "\"catalogId\":\"" + BASIC_V1 + "\",\"sendDataModel\":null,\"components\":null,\"dataModel\":null}}]}");

    assertEquals(1, answer.problems().size(), answer::retryMessage);
    assertTrue(answer.problems().get(0).contains("expected \"v1.0\", found \"v0.9\""), answer::retryMessage);
  }

  /** A problem in the components a createSurface brought is placed where the model wrote them. */
  @Test
  void aProblemInTheComponentsOfACreateSurfaceIsPlacedInIt() {
    ModelAnswer answer = BASIC.read("{\"messages\":[{\"version\":\"v1.0\",\"createSurface\":{\"surfaceId\":\"s\","
        + "\"catalogId\":\"" + BASIC_V1 + "\",\"sendDataModel\":null,\"components\":["
        + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"title\",\"pay\"]},"
        + "{\"component\":\"Text\",\"id\":\"title\",\"text\":\"Hi\"}],\"dataModel\":null}}]}");

    assertEquals(List.of("At /messages/0/createSurface/components/0/children/1: \"root\" names \"pay\", which no"
        + " component of surface \"s\" has; send it, or name one that exists"), answer.problems());
  }

  @Test
  void theV1PromptDescribesV1() {
    String prompt = ACME.prompt();

    assertTrue(prompt.startsWith("A2UI v1.0, catalog " + AcmeComponent.ID + " ("), prompt);
    for (String name : AcmeComponentCatalog.CATALOG.componentNames()) {
      assertTrue(prompt.contains("\n- " + name + ": "), name);
    }
    assertTrue(prompt.contains("{\"version\": \"v1.0\", \"createSurface\": {\"surfaceId\", \"catalogId\": \""
        + AcmeComponent.ID + "\", \"components\": [...], \"dataModel\": {...}}}"), prompt);
    assertTrue(prompt.contains("{\"call\": \"@index\", \"args\": {\"offset\": DynamicNumber}}"), prompt);
    assertTrue(prompt.contains("\"userMessage\": DynamicString"), prompt);
    assertTrue(prompt.contains("\n- PriceChart: "), prompt);
    assertTrue(prompt.contains("caption: DynamicString"), prompt);
    assertTrue(prompt.contains("placeholder: DynamicString"), prompt);
    assertTrue(prompt.contains("\n- formatCurrency(value*: DynamicNumber, currency*: DynamicString, decimals:"
        + " DynamicNumber, grouping: DynamicBoolean) -> string: Formats a number as a currency string.\n"), prompt);
    assertTrue(prompt.contains("{\"call\": <function>, \"args\": {...}} of a function returning that type; a call"
        + " may name its catalog in \"catalogId\", which overrides the surface's as a component's does: give it only"
        + " when the function is not of the surface's catalog."), prompt);
    for (String v09Only : List.of("v0.9", "returnType", "validationRegexp", "theme")) {
      assertFalse(prompt.contains(v09Only), v09Only);
    }
    assertFalse(A2uiForModels.of(AcmeComponentCatalog.CATALOG).prompt().contains("caption: DynamicString"));
  }

  /**
   * Written as a model does under the strict schema, valid there, read back to the same JSON (as
   * {@code writer} writes it); what it read.
   */
  private static List<ServerMessage> assertRoundTrip(A2uiForModels models, String messagesJson, A2uiWriter writer)
      throws IOException {
    Schema strict = REGISTRY.getSchema(models.strictSchema());
    JsonNode answer = new StrictForm(JSON.readTree(models.strictSchema())).fill(StrictForm.answer(messagesJson));

    assertEquals(List.of(), strict.validate(answer), answer.toString());
    ModelAnswer read = models.read(answer.toString());
    assertTrue(read.valid(), read::retryMessage);
    assertEquals(JSON.readTree(messagesJson), JSON.readTree(writer.toJsonArray(read.messages())), answer.toString());
    return read.messages();
  }

  /** Whether the strict form can say the message: a data-model update sets a scalar, null or a list of scalars. */
  private static boolean strictlyExpressible(ServerMessage message) {
    if (!(message instanceof UpdateDataModel update)) {
      return true;
    }
    try {
      return StrictForm.canSay(JSON.readTree(WRITER.toJson(update)).at("/updateDataModel/value"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
