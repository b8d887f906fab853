package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionFailure;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoutes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The choice of a protocol straight from a body's bytes against the choice with a parser, which is
 * the reference: where the first chooses, the second chooses the same protocol (rather than
 * another, or a failure); where it gives up, the parser decides.
 */
class PropertyPeekTest {
  /** As ChatKit's: its own top-level names, and an "action" holding its names or none another claims. */
  private static final ActionProtocol PAGE = new Fake("Page", Set.of("itemId", "type", "params"),
      Set.of("type", "payload", "handler"), true);
  /** As A2UI's: an "action" holding "name". */
  private static final ActionProtocol NAMED = new Fake("Named", Set.of("surfaceId"), Set.of("name", "context"), false);
  private static final ActionProtocols PROTOCOLS = new ActionProtocols(List.of(NAMED, PAGE));
  private static final ParseOptions OPTIONS = ParseOptions.defaults();

  @Test
  void theBodiesClientsSendAreChosenForWithoutAParser() {
    assertSame(PAGE, peek("{\"action\":{\"type\":\"cart.add\",\"payload\":{\"sku\":\"tea\"}},\"itemId\":\"i\"}"));
    assertSame(PAGE, peek("{\"type\":\"threads.custom_action\",\"params\":{\"action\":{\"type\":\"a\"}}}"));
    assertSame(PAGE, peek(" {\n  \"widgetId\" : [1, -2.5e3, true, null, {\"a\": \"b\\\"c\"}],\r\n\t\"action\": {} }"));
    assertSame(NAMED, peek("{\"action\":{\"name\":\"submit\",\"context\":{}}}"));
    assertSame(NAMED, peek("{\"action\":{\"extra\":false,\"name\":\"submit\"}}"));
    assertSame(NAMED, peek("{\"surfaceId\":\"s\"}"));
  }

  @Test
  void whatIsNotPlainOrCannotBeChosenForIsLeftToTheParser() {
    // Escapes and non-ASCII, a malformed or overlong token before the deciding name, a trailing comma, depth.
    assertNull(peek("{\"act\\u0069on\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"city\":\"Z\u00fcrich\",\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":tru,\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":01,\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":1" + "0".repeat(200) + ",\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":[1,],\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":" + "[".repeat(20) + "]".repeat(20) + ",\"action\":{\"type\":\"a\"}}"));
    assertNull(peek("{\"x\":{\"a\":1},\"action\":{\"type\":\"a\"}}", 1));
    // Nothing to choose: the parser's failure says so.
    assertNull(peek("{}"));
    assertNull(peek("{\"widgetId\":\"w\"}"));
    assertNull(peek("[1]"));
    assertNull(peek("\uFEFF{\"action\":{\"type\":\"a\"}}"));
  }

  @Test
  void whereTheBytesChooseTheParserChoosesTheSame() {
    Random random = new Random(20261130L);
    int peeked = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] body = mutate(random, body(random));
      ActionProtocol quick = PropertyPeek.choose(body, PropertyPeek.MAX_DEPTH, new PropertyNameCache(), PROTOCOLS);
      if (quick == null) {
        continue;
      }
      peeked++;
      try {
        ActionProtocol parsed = PROTOCOLS.parsed(body, OPTIONS);
        if (parsed != quick) {
          fail(text(body) + ": the bytes chose " + quick.name() + ", the parser " + parsed.name());
        }
      } catch (ActionFailure e) {
        fail(text(body) + ": the bytes chose " + quick.name() + ", the parser failed: " + e.getMessage());
      }
    }
    // The comparison means something only if the bytes chose for many of the bodies.
    assertTrue(peeked > 4_000, "chosen from the bytes: " + peeked);
  }

  @Test
  void aNameMetAgainIsTheSameString() {
    PropertyNameCache names = new PropertyNameCache();
    byte[] body = "{\"action\":1,\"action\":2}".getBytes(StandardCharsets.US_ASCII);

    String first = names.name(body, 2, 8);

    assertEquals("action", first);
    assertSame(first, names.name(body, 13, 19));
  }

  private static ActionProtocol peek(String body) {
    return peek(body, PropertyPeek.MAX_DEPTH);
  }

  private static ActionProtocol peek(String body, int maxDepth) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ActionProtocol quick = PropertyPeek.choose(bytes, maxDepth, new PropertyNameCache(), PROTOCOLS);
    if (quick != null) {
      assertSame(quick, PROTOCOLS.parsed(bytes, OPTIONS), body);
    }
    return quick;
  }

  private static final String[] NAMES = {"action", "type", "params", "itemId", "widgetId", "name", "payload", "handler",
      "surfaceId", "context", "x", ""};
  private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ",", ":", "\\", " ", "\n", "t", "n", "0", "-", ".",
      "e", "1", "\u00e9", "\\u0041", "\u0000", "\uFEFF", "true", "nul", "\"action\":", "{\"type\":1}"};

  private static String body(Random random) {
    StringBuilder json = new StringBuilder("{");
    int properties = random.nextInt(4);
    for (int i = 0; i < properties; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(space(random)).append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"')
          .append(space(random)).append(':').append(space(random));
      value(json, random, 0);
    }
    return json.append(space(random)).append('}').toString();
  }

  private static void value(StringBuilder json, Random random, int depth) {
    switch (random.nextInt(depth > 4 ? 5 : 7)) {
      case 0:
        json.append('"').append(random.nextBoolean() ? "text" : "a\\\"b\\n").append('"');
        break;
      case 1:
        json.append(new String[] {"0", "-1", "12.5", "3e-7", "-0.25E+2"}[random.nextInt(5)]);
        break;
      case 2:
        json.append(new String[] {"true", "false", "null"}[random.nextInt(3)]);
        break;
      case 3:
      case 4:
        json.append("{}");
        break;
      case 5:
        json.append('[');
        for (int i = random.nextInt(3); i > 0; i--) {
          value(json, random, depth + 1);
          json.append(i > 1 ? "," : "");
        }
        json.append(']');
        break;
      default:
        json.append('{');
        for (int i = random.nextInt(4); i > 0; i--) {
          json.append('"').append(NAMES[random.nextInt(NAMES.length)]).append("\":");
          value(json, random, depth + 1);
          json.append(i > 1 ? "," : "");
        }
        json.append('}');
    }
  }

  private static String space(Random random) {
    return new String[] {"", "", " ", "\n\t", "\r\n "}[random.nextInt(5)];
  }

  /** The body as it is, or after one to three edits: a token inserted, a character deleted or replaced. */
  private static byte[] mutate(Random random, String body) {
    StringBuilder text = new StringBuilder(body);
    for (int edits = random.nextInt(4); edits > 0 && text.length() > 0; edits--) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0:
          text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        case 1:
          text.deleteCharAt(at);
          break;
        default:
          text.replace(at, at + 1, TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  private record Fake(String name, Set<String> topLevel, Set<String> inAction, boolean anyAction)
      implements ActionProtocol {
    @Override
    public String requestShapes() {
      return name + "'s requests";
    }

    @Override
    public boolean recognizes(String name, String innerName) {
      if (name.equals("action")) {
        return innerName == null ? anyAction : inAction.contains(innerName);
      }
      return topLevel.contains(name);
    }

    @Override
    public ActionCall read(byte[] body, ActionRoutes routes) {
      throw new UnsupportedOperationException();
    }
  }
}
