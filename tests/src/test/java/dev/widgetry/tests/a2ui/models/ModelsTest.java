package dev.widgetry.tests.a2ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.widgetry.a2ui.Action;
import dev.widgetry.a2ui.CheckRule;
import dev.widgetry.a2ui.DynamicNumber;
import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.DynamicStringList;
import dev.widgetry.a2ui.ModelAnswer;
import dev.widgetry.a2ui.NumberPath;
import dev.widgetry.a2ui.ServerMessage;
import dev.widgetry.a2ui.StringPath;
import dev.widgetry.a2ui.Surface;
import dev.widgetry.a2ui.UpdateDataModel;
import dev.widgetry.a2ui.basic.BasicCatalog;
import dev.widgetry.a2ui.basic.Button;
import dev.widgetry.a2ui.basic.Column;
import dev.widgetry.a2ui.basic.Functions;
import dev.widgetry.a2ui.basic.Text;
import dev.widgetry.a2ui.basic.TextField;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.tests.a2ui.acme.AcmeComponent;
import dev.widgetry.tests.a2ui.acme.AcmeComponentCatalog;
import dev.widgetry.tests.a2ui.acme.OrderTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a model gets for a catalog (the strict render schema, its tool, the prompt) and what
 * becomes of its answer: the schema keeps to strict mode's rules, answers written under it
 * validate with networknt and read back through A2ui's parser to the messages they came from, and
 * a wrong answer becomes one retry message.
 */
class ModelsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final A2uiForModels BASIC = A2uiForModels.of(BasicCatalog.CATALOG);
  private static final A2uiForModels ACME = A2uiForModels.of(AcmeComponentCatalog.CATALOG);
  private static final String ACME_MESSAGES = "[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"o\","
      + "\"catalogId\":\"" + AcmeComponent.ID + "\"}},{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"o\","
      + "\"components\":[{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"steps\",\"chart\"]},"
      + "{\"component\":\"OrderTimeline\",\"id\":\"steps\",\"steps\":[\"Paid\",\"Packed\",\"Sent\"],"
      + "\"current\":{\"path\":\"/step\"},\"footer\":\"note\"},"
      + "{\"component\":\"PriceChart\",\"id\":\"chart\",\"points\":[{\"label\":\"Mon\",\"value\":3}],\"style\":\"bar\","
      + "\"legend\":[\"note\"]},{\"component\":\"Text\",\"id\":\"note\",\"text\":\"Prices in EUR\"}]}},"
      + "{\"version\":\"v0.9\",\"updateDataModel\":{\"surfaceId\":\"o\",\"path\":\"/step\",\"value\":1}}]";

  @Test
  void theRenderSchemasKeepToStrictModesRules() throws IOException {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (A2uiForModels models : List.of(BASIC, ACME)) {
      JsonNode schema = JSON.readTree(models.strictSchema());

      new StrictForm(schema).assertStrict();
      assertEquals(List.of(), metaSchema.validate(schema), models.toString());
    }
  }

  @Test
  void aCustomCatalogsSchemaHasItsComponentsAfterTheBasicOnesAndPinsItsId() throws IOException {
    JsonNode schema = JSON.readTree(ACME.strictSchema());
    List<String> kinds = new ArrayList<>();
    schema.at("/$defs/a2ui.Component/anyOf").forEach(ref -> kinds.add(ref.get("$ref").asText()));

    assertEquals(20, kinds.size());
    assertEquals(List.of("#/$defs/OrderTimeline", "#/$defs/PriceChart"), kinds.subList(18, 20));
    assertEquals("[\"" + AcmeComponent.ID + "\"]",
        schema.at("/$defs/a2ui.CreateSurfaceMessage/properties/createSurface/properties/catalogId/enum").toString());
    assertEquals("[\"" + BasicCatalog.ID + "\"]", JSON.readTree(BASIC.strictSchema())
        .at("/$defs/a2ui.CreateSurfaceMessage/properties/createSurface/properties/catalogId/enum").toString());
  }

  @Test
  void theToolTakesTheStrictSchemaAsItsParameters() throws IOException {
    JsonNode tool = JSON.readTree(ACME.toolDefinition());
    ObjectNode parameters = (ObjectNode) JSON.readTree(ACME.strictSchema());
    parameters.remove("description");

    assertEquals("function", tool.get("type").asText());
    assertEquals("render_a2ui_surface", tool.get("name").asText());
    assertEquals("Shows the user a user interface: A2UI surfaces of the catalog " + AcmeComponent.ID + ".",
        tool.get("description").asText());
    assertEquals(parameters, tool.get("parameters"));
    assertTrue(tool.get("strict").asBoolean());
  }

  /**
   * Every official example, as a model writes it under the strict schema: its data-model updates of
   * whole objects left out (the strict form sets one path to a scalar or a list of scalars), its
   * events' contexts as lists of entries.
   */
  @Test
  void theOfficialExamplesInStrictFormValidateAndReadBackToTheSameMessages() throws IOException {
    Path examples = Path.of(System.getProperty("widgetry.a2ui.examples"));
    List<Path> files;
    try (Stream<Path> list = Files.list(examples)) {
      files = list.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(36, files.size());
    for (Path file : files) {
      List<ServerMessage> messages = A2ui.parseMessages(Files.readString(file));
      JsonNode expressible = JSON.readTree(
          A2ui.toJsonArray(messages.stream().filter(ModelsTest::strictlyExpressible).toList()));
      assertRoundTrip(BASIC, expressible.toString());
    }
  }

  @Test
  void surfacesOfACustomCatalogInStrictFormValidateAndReadBack() throws IOException {
    assertRoundTrip(ACME, ACME_MESSAGES);
    Surface built = Surface.builder("checkout", AcmeComponentCatalog.CATALOG)
        .root(Column.of(
            Text.of(Functions.formatCurrency(new NumberPath("/total"), "EUR")),
            TextField.builder().label(DynamicString.of("Email")).value(new StringPath("/email"))
                .checks(List.of(CheckRule.of(Functions.email(new StringPath("/email")),
                    "Enter an email address")))
                .build(),
            OrderTimeline.builder().steps(DynamicStringList.of("Paid", "Sent")).current(DynamicNumber.of(1)).build(),
            Button.of("Pay", Action.event("pay"))))
        .build();
    List<ServerMessage> messages = new ArrayList<>(built.messages());
    messages.add(UpdateDataModel.at("checkout", new NumberPath("/total"), 18.5));
    messages.add(UpdateDataModel.at("checkout", new StringPath("/email"), "ada@example.com"));
    assertRoundTrip(ACME, A2ui.toJsonArray(messages));
  }

  @Test
  void theStrictSchemaRefusesWhatTheParserRefuses() throws IOException {
    Schema strict = REGISTRY.getSchema(ACME.strictSchema());
    StrictForm form = new StrictForm(JSON.readTree(ACME.strictSchema()));
    JsonNode good = form.fill(StrictForm.answer(ACME_MESSAGES));
    assertEquals(List.of(), strict.validate(good));
    for (String wrong : List.of(
        ACME_MESSAGES.replace("\"style\":\"bar\"", "\"style\":\"pie\""),
        ACME_MESSAGES.replace("\"PriceChart\"", "\"PieChart\""),
        ACME_MESSAGES.replace(AcmeComponent.ID, BasicCatalog.ID),
        ACME_MESSAGES.replace("\"footer\":\"note\"", "\"footer\":\"note\",\"colour\":\"red\""))) {
      JsonNode answer = form.fill(StrictForm.answer(wrong));
      assertFalse(strict.validate(answer).isEmpty(), "the strict schema accepts " + wrong);
      assertFalse(ACME.read(answer.toString()).valid(), "the parser accepts " + wrong);
    }
    ObjectNode missing = (ObjectNode) good.deepCopy();
    ((ObjectNode) missing.at("/messages/1/updateComponents/components/3")).remove("weight");
    assertFalse(strict.validate(missing).isEmpty(), "strict mode has every property written, null or not");
  }

  /**
   * An event's context is a map: in the strict schema the list of its entries, which the model's
   * answer reads from to the context the object form has; the wire reader still refuses the list,
   * and a key twice in the list is a problem at its entry, as in an object.
   */
  @Test
  void anEventsContextIsTheListOfItsEntriesInTheStrictSchemaAndReadsBackAsTheMap() throws IOException {
    JsonNode context = JSON.readTree(BASIC.strictSchema()).at("/$defs/Event/properties/context");
    assertEquals("[\"array\",\"null\"]", context.get("type").toString());
    assertEquals("{\"key\":{\"type\":\"string\"},\"value\":{\"$ref\":\"#/$defs/DynamicValue\"}}",
        context.at("/items/properties").toString());
    String button = "{\"component\":\"Button\",\"id\":\"root\",\"child\":\"label\",\"action\":{\"event\":"
        + "{\"name\":\"pay\",\"context\":CONTEXT}},\"variant\":null,\"checks\":null,\"accessibility\":null,"
        + "\"weight\":null}";
    String answer = "{\"messages\":[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\""
        + BasicCatalog.ID + "\",\"theme\":null,\"sendDataModel\":null}},{\"version\":\"v0.9\",\"updateComponents\":"
        + "{\"surfaceId\":\"s\",\"components\":[" + button + ",{\"component\":\"Text\",\"id\":\"label\","
        + "\"text\":\"Pay\",\"variant\":null,\"accessibility\":null,\"weight\":null}]}}]}";
    String entries = answer.replace("CONTEXT", "[{\"key\":\"orderId\",\"value\":\"A-7\"},"
        + "{\"key\":\"total\",\"value\":{\"path\":\"/total\"}},{\"key\":\"gift\",\"value\":true}]");
    String object = answer.replace("CONTEXT", "{\"orderId\":\"A-7\",\"total\":{\"path\":\"/total\"},\"gift\":true}");

    assertEquals(List.of(), REGISTRY.getSchema(BASIC.strictSchema()).validate(JSON.readTree(entries)));
    ModelAnswer read = BASIC.read(entries);
    assertTrue(read.valid(), read::retryMessage);
    assertEquals(A2ui.toJsonArray(BASIC.read(object).messages()), A2ui.toJsonArray(read.messages()));
    assertTrue(A2ui.toJsonArray(read.messages())
        .contains("\"context\":{\"orderId\":\"A-7\",\"total\":{\"path\":\"/total\"},\"gift\":true}"));

    WidgetParseException wire = assertThrows(WidgetParseException.class,
        () -> A2ui.parseMessages(entries));
    assertEquals(List.of("/messages/1/updateComponents/components/0/action/event/context"), wire.problems().stream()
        .filter(problem -> problem.found().equals("an array")).map(ParseProblem::pointer).toList(), wire::getMessage);

    ModelAnswer twice = BASIC.read(entries.replace("\"key\":\"gift\"", "\"key\":\"orderId\""));
    assertEquals(1, twice.problems().size(), twice::retryMessage);
    assertTrue(twice.problems().get(0).startsWith(
        "At /messages/1/updateComponents/components/0/action/event/context/2/value (line 1, column "),
        twice::retryMessage);
    assertTrue(twice.problems().get(0).endsWith(": expected each key once, found \"orderId\" a second time."),
        twice::retryMessage);
  }

  @Test
  void aWrongAnswerIsOneRetryMessageWithEveryReadingProblem() {
    ModelAnswer answer = ACME.read("{\"messages\":[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"o\","
        + "\"catalogId\":\"" + AcmeComponent.ID + "\",\"theme\":null,\"sendDataModel\":null}},"
        + "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"o\",\"components\":["
        + "{\"component\":\"Txt\",\"id\":\"root\",\"text\":\"Hi\"},"
        + "{\"component\":\"Slider\",\"id\":\"s\",\"max\":\"ten\",\"value\":3,\"label\":null}]}}]}");

    assertFalse(answer.valid());
    assertEquals(List.of(), answer.messages());
    assertEquals("""
        Your A2UI answer has 2 problems. Fix them and send all the messages again.
        - At /messages/1/updateComponents/components/0/component (line 1, column 254): expected one of the \
        components of catalog https://acme.example/a2ui/catalogs/orders/v1/catalog.json: "Text", "Image", "Icon", \
        "Video", "AudioPlayer", \
        "Row", "Column", "List", "Card", "Tabs", "Modal", "Divider", "Button", "TextField", "CheckBox", "ChoicePicker", \
        "Slider", "DateTimeInput", "OrderTimeline" or "PriceChart", found "Txt". Did you mean "Text"?
        - At /messages/1/updateComponents/components/1/max (line 1, column 322): expected a number, found the string \
        "ten".""", answer.retryMessage());
  }

  @Test
  void anAnswerThatReadsButBreaksTheSurfaceIsOneRetryMessageToo() {
    ModelAnswer answer = BASIC.read("{\"messages\":[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\","
        + "\"catalogId\":\"" + BasicCatalog.ID + "\",\"theme\":null,\"sendDataModel\":null}},"
        + "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"title\",\"pay\"],\"justify\":null,\"align\":null,"
        + "\"accessibility\":null,\"weight\":null},"
        + "{\"component\":\"Text\",\"id\":\"title\",\"text\":\"Hi\",\"variant\":null,\"accessibility\":null,"
        + "\"weight\":null}]}}]}");

    assertEquals(1, answer.problems().size(), answer::retryMessage);
    assertEquals("""
        Your A2UI answer has 1 problem. Fix it and send all the messages again.
        - At /messages/1/updateComponents/components/0/children/1: "root" names "pay", which no component of \
        surface "s" has; send it, or name one that exists""", answer.retryMessage());
  }

  @Test
  void validationProblemsPointIntoTheFormTheModelWrote() {
    String create = "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":\"" + BasicCatalog.ID
        + "\"}}";
    String update = "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":["
        + "{\"component\":\"Column\",\"id\":\"root\",\"children\":[\"title\",\"pay\"]},"
        + "{\"component\":\"Text\",\"id\":\"title\",\"text\":\"Hi\"}]}}";
    String pointer = "/updateComponents/components/0/children/1";
    String problem = ": \"root\" names \"pay\", which no component of surface \"s\" has; send it, or name one that"
        + " exists";

    assertEquals(List.of("At /0" + pointer + " in the 2nd ```json block" + problem), BASIC.read("First:\n```json\n" + create
        + "\n```\nthen:\n```json\n[" + update + "]\n```\n").problems());
    assertEquals(List.of("At /1" + pointer + " in the 1st <a2ui-json> block" + problem), BASIC.read("<a2ui-json>[" + create
        + "," + update + "]</a2ui-json>").problems());
    assertEquals(List.of("At /a2ui_operations/1" + pointer + problem), BASIC.read("{\"a2ui_operations\":[" + create + ","
        + update + "]}").problems());
    assertEquals(List.of("At /messages/1" + pointer + problem), BASIC.read("{\"name\":\"n\",\"description\":\"d\","
        + "\"messages\":[" + create + "," + update + "]}").problems());
  }

  @Test
  void anExplicitNullValueReadsAsAbsentSoTheUpdateDeletes() {
    ModelAnswer answer = BASIC.read("{\"messages\":[{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\","
        + "\"catalogId\":\"" + BasicCatalog.CATALOG.id() + "\",\"theme\":null}},{\"version\":\"v0.9\","
        + "\"updateDataModel\":{\"surfaceId\":\"s\",\"path\":\"/note\",\"value\":null}}]}");

    assertEquals(new UpdateDataModel("s", "/note", null), answer.messages().get(1), answer::retryMessage);
  }

  @Test
  void aValidAnswerHasItsMessagesAndNoRetryMessage() {
    ModelAnswer answer = ACME.read("Here is the surface:\n```json\n" + ACME_MESSAGES + "\n```\n");

    assertTrue(answer.valid(), answer::retryMessage);
    assertEquals(ACME_MESSAGES, A2ui.toJsonArray(answer.messages()));
    assertEquals("", answer.retryMessage());
  }

  @Test
  void thePromptListsEveryComponentWithItsPropsAndEveryFunction() {
    String prompt = ACME.prompt();

    for (String name : AcmeComponentCatalog.CATALOG.componentNames()) {
      assertTrue(prompt.contains("\n- " + name + ": "), name);
    }
    assertTrue(prompt.contains("""
        - OrderTimeline: The steps of an order, the current one highlighted.
          steps*: DynamicStringList; current*: DynamicNumber; footer: id; checks: [CheckRule]
        """), prompt);
    assertTrue(prompt.contains("""
        - Text: Text on the surface, from a body paragraph to a heading; simple Markdown is allowed.
          text*: DynamicString; variant: h1|h2|h3|h4|h5|caption|body = "body"
        """), prompt);
    assertTrue(prompt.contains("\n- formatCurrency(value*: DynamicNumber, currency*: DynamicString, decimals:"
        + " DynamicNumber, grouping: DynamicBoolean) -> string: Formats a number as a currency string.\n"), prompt);
    assertTrue(prompt.contains("\"catalogId\": \"" + AcmeComponent.ID + "\""), prompt);
    assertEquals(prompt.indexOf("catalogId"), prompt.lastIndexOf("catalogId"),
        "v0.9 names a catalog in createSurface only: no component or call names one");
    assertEquals(14, prompt.substring(prompt.indexOf("\nFunctions:\n")).split("\n- ").length - 1, prompt);
  }

  /** Written as a model does under the strict schema, valid there, and read back to the same JSON. */
  private static void assertRoundTrip(A2uiForModels models, String messagesJson) throws IOException {
    JsonNode schemaTree = JSON.readTree(models.strictSchema());
    Schema strict = REGISTRY.getSchema(models.strictSchema());
    JsonNode answer = new StrictForm(schemaTree).fill(StrictForm.answer(messagesJson));

    assertEquals(List.of(), strict.validate(answer), answer.toString());
    ModelAnswer read = models.read(answer.toString());
    assertTrue(read.valid(), read::retryMessage);
    assertEquals(JSON.readTree(messagesJson), JSON.readTree(A2ui.toJsonArray(read.messages())), answer.toString());
  }

  /** Whether the strict form can say the message: a data-model update sets a scalar or a list of scalars. */
  private static boolean strictlyExpressible(ServerMessage message) {
    if (!(message instanceof UpdateDataModel update)) {
      return true;
    }
    try {
      JsonNode value = JSON.readTree(A2ui.toJson(update)).at("/updateDataModel/value");
      return !value.isMissingNode() && StrictForm.canSay(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
