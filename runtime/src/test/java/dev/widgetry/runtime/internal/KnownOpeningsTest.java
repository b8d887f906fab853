package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.spi.ActionCall;
import dev.widgetry.runtime.spi.ActionProtocol;
import dev.widgetry.runtime.spi.ActionRoutes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A remembered opening against the peek, which is the reference: where the opening chooses, the peek chooses the same. */
class KnownOpeningsTest {
  private static final ActionProtocol PAGE = new Fake("Page", Set.of("itemId", "type"), Set.of("type", "payload"));
  private static final ActionProtocol NAMED = new Fake("Named", Set.of("version"), Set.of("name"));
  private static final ActionProtocols PROTOCOLS = new ActionProtocols(List.of(NAMED, PAGE));
  private static final String[] BODIES = {
      "{\"action\":{\"type\":\"order.update\",\"payload\":{\"id\":\"o\"}},\"itemId\":\"i\"}",
      "{ \"type\" : \"threads.custom_action\", \"params\": {}}",
      "{\"version\":\"v0.9\",\"action\":{\"name\":\"submit\"}}",
      "{\"action\":{\"name\":\"submit\",\"context\":{}}}"};
  private static final String[] TOKENS = {"\"", "\\", "\\u0041", "\u00e9", "\u0000", "\n", " ", "}", ",", ":", "{", "x"};

  @Test
  void aBodyThatOpensAsARememberedOneIsChosenForAsThePeekChoosesIt() {
    KnownOpenings openings = remembered(PropertyPeek.MAX_DEPTH);
    Random random = new Random(20261201L);
    int known = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] body = mutate(random, BODIES[random.nextInt(BODIES.length)]);
      ActionProtocol opened = openings.protocol(body, PropertyPeek.MAX_DEPTH);
      if (opened != null) {
        known++;
        assertSame(PropertyPeek.choose(body, PropertyPeek.MAX_DEPTH, new PropertyNameCache(), PROTOCOLS), opened,
            new String(body, StandardCharsets.UTF_8));
      }
    }
    // The comparison means something only if the openings chose for many of the bodies.
    assertTrue(known > 5_000, "chosen from an opening: " + known);
  }

  @Test
  void onlyAChoiceAtTheFirstNameWithAStringValueIsRemembered() {
    KnownOpenings openings = new KnownOpenings();
    for (String body : new String[] {"{\"widgetId\":\"w\",\"action\":{\"type\":\"a\"}}", "{\"type\":7}",
        "{\"action\":{\"payload\":{},\"type\":\"a\"}}", "{\"action\":{\"payload\":\"p\"}}"}) {
      openings.remember(bytes(body), PropertyPeek.MAX_DEPTH, new PropertyNameCache(), PROTOCOLS);
    }

    assertNull(openings.protocol(bytes("{\"widgetId\":\"w\",\"action\":{\"type\":\"a\"}}"), PropertyPeek.MAX_DEPTH));
    assertNull(openings.protocol(bytes("{\"type\":7}"), PropertyPeek.MAX_DEPTH));
    assertNull(openings.protocol(bytes("{\"action\":{\"payload\":{}}}"), PropertyPeek.MAX_DEPTH));
    assertSame(PAGE, openings.protocol(bytes("{\"action\":{\"payload\":\"q\"}}"), PropertyPeek.MAX_DEPTH));
  }

  @Test
  void anOpeningDeeperThanTheLimitOrWithAStringThePeekRefusesIsLeftToThePeek() {
    KnownOpenings openings = remembered(PropertyPeek.MAX_DEPTH);

    assertSame(PAGE, openings.protocol(bytes("{\"action\":{\"type\":\"b\"}}"), 2));
    assertNull(openings.protocol(bytes("{\"action\":{\"type\":\"b\"}}"), 1));
    assertNull(openings.protocol(bytes("{\"action\":{\"type\":\"b\\u0041\"}}"), PropertyPeek.MAX_DEPTH));
    assertNull(openings.protocol(bytes("{\"action\":{\"type\":\"b"), PropertyPeek.MAX_DEPTH));
  }

  @Test
  void theTableHoldsAtMostItsSizeAndKeepsWhatItHas() {
    KnownOpenings openings = remembered(PropertyPeek.MAX_DEPTH);
    for (int i = 0; i < KnownOpenings.MAX; i++) {
      openings.remember(bytes("{" + " ".repeat(i + 1) + "\"type\":\"a\"}"), PropertyPeek.MAX_DEPTH,
          new PropertyNameCache(), PROTOCOLS);
    }

    assertSame(PAGE, openings.protocol(bytes("{\"action\":{\"type\":\"b\"}}"), PropertyPeek.MAX_DEPTH));
    assertSame(PAGE, openings.protocol(bytes("{ \"type\":\"b\"}"), PropertyPeek.MAX_DEPTH));
    assertNull(openings.protocol(bytes("{" + " ".repeat(KnownOpenings.MAX) + "\"type\":\"b\"}"), PropertyPeek.MAX_DEPTH));
  }

  private static KnownOpenings remembered(int maxDepth) {
    KnownOpenings openings = new KnownOpenings();
    for (String body : BODIES) {
      openings.remember(bytes(body), maxDepth, new PropertyNameCache(), PROTOCOLS);
    }
    return openings;
  }

  /** The body after one to three edits: a token inserted, a character deleted or replaced. */
  private static byte[] mutate(Random random, String body) {
    StringBuilder text = new StringBuilder(body);
    for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
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
    return bytes(text.toString());
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private record Fake(String name, Set<String> topLevel, Set<String> inAction) implements ActionProtocol {
    @Override
    public String requestShapes() {
      return name + "'s requests";
    }

    @Override
    public boolean recognizes(String name, String innerName) {
      return name.equals("action") ? innerName != null && inAction.contains(innerName) : topLevel.contains(name);
    }

    @Override
    public ActionCall read(byte[] body, ActionRoutes routes) {
      throw new UnsupportedOperationException();
    }
  }
}
