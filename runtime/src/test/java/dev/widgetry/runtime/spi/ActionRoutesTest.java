package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ParseOptions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An action type read from a request is the route's own instance when it names a route, and its text otherwise. */
class ActionRoutesTest {
  private static final String UPDATE = new String("order.update".toCharArray());
  private static final String CANCEL = new String("order.cancel".toCharArray());
  private static final ActionRoutes ROUTES = new ActionRoutes(
      Map.of(UPDATE, new ActionRoute(UPDATE, null, null), CANCEL, new ActionRoute(CANCEL, null, null)),
      ParseOptions.defaults());

  @Test
  void aKnownTypeIsTheRoutesOwnInstanceAndFindsItsRoute() throws IOException {
    for (JsonParser parser : parsers("\"order.update\"")) {
      String type = ROUTES.readType(parser);
      assertSame(UPDATE, type);
      assertSame(UPDATE, ROUTES.find(type).type());
    }
  }

  @Test
  void anEscapedKnownTypeIsTheRoutesOwnInstanceToo() throws IOException {
    for (JsonParser parser : parsers("\"order\\u002ecancel\"")) {
      assertSame(CANCEL, ROUTES.readType(parser));
    }
  }

  @Test
  void anUnknownTypeIsReadAsItsText() throws IOException {
    for (JsonParser parser : parsers("\"order.updat\"")) {
      String type = ROUTES.readType(parser);
      assertEquals("order.updat", type);
      assertNull(ROUTES.find(type));
    }
    for (JsonParser parser : parsers("\"Order.update\"")) {
      String type = ROUTES.readType(parser);
      assertEquals("Order.update", type);
      assertNull(ROUTES.find(type), "types are matched as written, case included");
    }
  }

  @Test
  void noRoutesReadEveryTypeAsItsText() throws IOException {
    ActionRoutes none = new ActionRoutes(Map.of(), ParseOptions.defaults());
    for (JsonParser parser : parsers("\"order.update\"")) {
      assertEquals("order.update", none.readType(parser));
    }
  }

  /** The byte parser's buffer and the character parser's; each on the string value. */
  private static List<JsonParser> parsers(String json) throws IOException {
    List<JsonParser> parsers = List.of(
        ParseOptions.defaults().jsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8)),
        ParseOptions.defaults().jsonFactory().createParser(new StringReader(json)));
    for (JsonParser parser : parsers) {
      assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
    }
    return parsers;
  }
}
