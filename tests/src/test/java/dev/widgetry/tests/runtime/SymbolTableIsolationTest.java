package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Tag;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One hostile document must not harm the next. Property names that collide under the hash of
 * Jackson's symbol table for text ("Ab" and "BA" add up alike, so any mix of them of one length
 * collides) are refused; before the fix they also left the table that Jackson's factory shares
 * between parsers broken, and later valid documents failed with
 * {@code IllegalStateException: Internal error on SymbolTable.rehash()}.
 */
class SymbolTableIsolationTest {

  @Test
  void collidingNamesInTextDoNotHarmLaterDocuments() {
    // Options of this test's own, so that a regression breaks only this test's factory.
    ParseOptions options = ParseOptions.defaults().withIgnoreUnknownProperties(true);
    WidgetCodec<Tag> codec = Widgets.codec(Tag.class);

    WidgetParseException refused = assertThrows(WidgetParseException.class, () -> codec.fromJson(collidingNames(), options));
    assertTrue(refused.getMessage().contains("collision"), refused.getMessage());

    for (int round = 0; round < 5; round++) {
      assertEquals(new Tag("x", 1), codec.fromJson(manyNames(round), options), "round " + round);
    }
  }

  @Test
  void collidingNamesInBytesDoNotHarmLaterDocuments() {
    ParseOptions options = ParseOptions.defaults().withIgnoreUnknownProperties(true);
    WidgetCodec<Tag> codec = Widgets.codec(Tag.class);

    assertEquals(new Tag("x", 1), codec.fromJson(collidingNames().getBytes(StandardCharsets.UTF_8), options));

    for (int round = 0; round < 5; round++) {
      assertEquals(new Tag("x", 1), codec.fromJson(manyNames(round).getBytes(StandardCharsets.UTF_8), options));
    }
  }

  /** 1,024 names of 24 characters, each a mix of "Ab" and "BA": about 30 KB, all in one hash bucket. */
  private static String collidingNames() {
    StringBuilder json = new StringBuilder("{\"label\":\"x\",\"weight\":1");
    for (int i = 0; i < 1024; i++) {
      json.append(",\"");
      for (int bit = 0; bit < 12; bit++) {
        json.append(((i >> bit) & 1) == 0 ? "Ab" : "BA");
      }
      json.append("\":0");
    }
    return json.append('}').toString();
  }

  /** A valid document with 2,000 distinct names, enough to make a symbol table grow. */
  private static String manyNames(int round) {
    StringBuilder json = new StringBuilder("{\"label\":\"x\",\"weight\":1");
    for (int i = 0; i < 2000; i++) {
      json.append(",\"n").append(round).append('_').append(i).append("\":0");
    }
    return json.append('}').toString();
  }
}
