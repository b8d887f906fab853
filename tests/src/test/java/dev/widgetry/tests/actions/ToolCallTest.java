package dev.widgetry.tests.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.widgetry.chatkit.Theme;
import dev.widgetry.chatkit.WidgetRewrites;
import dev.widgetry.runtime.ActionContext;
import dev.widgetry.runtime.ActionDispatcher;
import dev.widgetry.runtime.ActionResponse;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetMiddleware;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ActionDispatcher#dispatchToolCall}: a model calls one of the dispatcher's tools with
 * arguments written under the tool's strict schema (maps as entry lists), and the call reaches the
 * same handler, middleware and error answers as a request; a click still takes a map only as an
 * object.
 */
class ToolCallTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final String PRICES = "{\"shop\":\"Lisbon\","
      + "\"prices\":[{\"key\":\"tea\",\"value\":2.5},{\"key\":\"cake\",\"value\":4}]}";
  private static final String STOCK = "{\"stock\":[{\"key\":\"tea\",\"value\":3}]}";

  private final PriceHandlers prices = new PriceHandlers();
  private final CartHandlers cart = new CartHandlers();
  private final ActionDispatcher dispatcher = ActionDispatcher.of(prices, cart);

  @Test
  void theToolsStrictSchemasValidateTheModelsArguments() throws IOException {
    assertEquals(List.of(), REGISTRY.getSchema(tool("prices_set").get("parameters")).validate(MAPPER.readTree(PRICES)));
    assertEquals(List.of(), REGISTRY.getSchema(tool("stock_set").get("parameters")).validate(MAPPER.readTree(STOCK)));
    assertTrue(!REGISTRY.getSchema(tool("prices_set").get("parameters"))
        .validate(MAPPER.readTree("{\"shop\":\"Lisbon\",\"prices\":{\"tea\":2.5}}")).isEmpty(),
        "the strict schema has no object for a map");
  }

  @Test
  void aToolCallReachesTheHandlerWithItsMapIntact() throws IOException {
    ActionResponse response = call("prices_set", PRICES);

    assertEquals(200, response.status(), response.bodyText());
    assertEquals(MAPPER.readTree("{\"result\":\"replace\",\"widget\":{\"type\":\"Card\",\"children\":"
        + "[{\"type\":\"Text\",\"value\":\"Lisbon {cake=4.0, tea=2.5}\"}]}}"), MAPPER.readTree(response.bodyText()));
    assertEquals(Map.of("tea", 2.5, "cake", 4.0), prices.lastPrices);
    assertEquals(List.of("tea", "cake"), List.copyOf(prices.lastPrices.keySet()), "in the entries' order");
  }

  @Test
  void aPayloadThatIsNotARecordIsReadFromUnderItsParametersName() {
    assertEquals(200, call("stock_set", STOCK).status());
    assertEquals(Map.of("tea", 3), prices.lastStock);

    assertEquals(200, call("cart_quantity", "{\"quantity\":2}").status());
    assertEquals(200, call("cart_clear", "{}").status());
    assertEquals(1, cart.cleared.get());
  }

  @Test
  void theAnswerPassesThroughTheMiddleware() throws IOException {
    WidgetMiddleware dark = (widget, context) -> WidgetRewrites.theme(Theme.DARK).rewrite(widget);
    ActionResponse response = dispatcher.withMiddleware(dark)
        .dispatchToolCall("prices_set", PRICES, ActionContext.empty()).toCompletableFuture().join();

    assertEquals("dark", MAPPER.readTree(response.bodyText()).at("/widget/theme").asText());
  }

  @Test
  void eachToolIsCalledByTheNameItsDefinitionGives() throws IOException {
    List<String> names = new ArrayList<>();
    for (String tool : dispatcher.toolDefinitions()) {
      String name = MAPPER.readTree(tool).get("name").asText();
      names.add(name);
      ActionResponse response = call(name, "{}");
      assertNotEquals("unknown_action", code(response), response.bodyText());
    }
    assertEquals(List.of("cart_add", "cart_clear", "cart_explode", "cart_later", "cart_quantity", "cart_tags",
        "newsletter_subscribe", "prices_set", "stock_set"), names);
  }

  @Test
  void anUnknownToolIsAnUnknownActionNamingTheClosest() {
    ActionResponse response = call("prices_sett", PRICES);

    assertEquals(400, response.status());
    assertEquals("unknown_action", code(response));
    assertTrue(response.bodyText().contains("Did you mean \\\"prices_set\\\"?"), response.bodyText());
    assertNull(prices.lastPrices);
  }

  @Test
  void argumentsThatDoNotFitAreAnInvalidPayloadWithPointers() throws IOException {
    ActionResponse prices = call("prices_set", "{\"shop\":\"Lisbon\",\"prices\":[{\"key\":\"tea\",\"value\":\"x\"}]}");
    ActionResponse stock = call("stock_set", "{\"stock\":[{\"key\":\"tea\",\"value\":1},{\"key\":\"tea\",\"value\":2}]}");
    ActionResponse quantity = call("cart_quantity", "{\"quantity\":0}");
    ActionResponse notAnObject = call("stock_set", "[1]");

    assertEquals("invalid_payload", code(prices));
    assertEquals("/prices/0/value", pointer(prices));
    assertEquals("/stock/1/value", pointer(stock));
    assertEquals("/quantity", pointer(quantity));
    assertEquals("", pointer(notAnObject));
    assertNull(this.prices.lastPrices);
    assertNull(this.prices.lastStock);
  }

  @Test
  void argumentsThatAreNotOneJsonValueAreMalformed() {
    ActionResponse response = call("stock_set", "{\"stock\":[]} {\"stock\":[]}");
    ActionResponse empty = call("stock_set", " ");

    assertEquals("malformed_request", code(response));
    assertEquals("malformed_request", code(empty));
    assertNull(prices.lastStock);
  }

  @Test
  void aClickWithAnEntryListIsStillRefused() throws IOException {
    ActionResponse response = dispatcher.handle("{\"action\":{\"type\":\"prices.set\",\"payload\":" + PRICES + "}}",
        ActionContext.empty());
    ActionResponse withOptions = dispatcher.withParseOptions(ParseOptions.defaults().withMaxProblems(5))
        .handle("{\"action\":{\"type\":\"stock.set\",\"payload\":" + STOCK + "}}", ActionContext.empty());

    assertEquals("invalid_payload", code(response));
    assertEquals("/action/payload/prices", pointer(response));
    assertEquals("invalid_payload", code(withOptions));
    assertNull(prices.lastPrices);
    assertNull(prices.lastStock);
  }

  @Test
  void theDispatchersOwnOptionsStillApplyToToolCalls() {
    String extra = "{\"shop\":\"Lisbon\",\"prices\":[],\"note\":\"new\"}";
    ActionResponse strict = call("prices_set", extra);
    ActionResponse lenient = dispatcher.withParseOptions(ParseOptions.defaults().withIgnoreUnknownProperties(true))
        .dispatchToolCall("prices_set", extra, ActionContext.empty()).toCompletableFuture().join();

    assertEquals("invalid_payload", code(strict));
    assertEquals("/note", pointer(strict));
    assertEquals(200, lenient.status(), lenient.bodyText());
    assertEquals(Map.of(), prices.lastPrices);
  }

  private JsonNode tool(String name) throws IOException {
    for (String tool : dispatcher.toolDefinitions()) {
      JsonNode definition = MAPPER.readTree(tool);
      if (definition.get("name").asText().equals(name)) {
        return definition;
      }
    }
    throw new AssertionError("no tool " + name);
  }

  private ActionResponse call(String name, String arguments) {
    return dispatcher.dispatchToolCall(name, arguments, ActionContext.empty()).toCompletableFuture().join();
  }

  private static String code(ActionResponse response) {
    return response.errorCode().orElse(null);
  }

  private static String pointer(ActionResponse response) {
    try {
      return MAPPER.readTree(response.bodyText()).at("/error/problems/0/pointer").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
