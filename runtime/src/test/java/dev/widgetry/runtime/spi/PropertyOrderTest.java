package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names read with the order's hint are the names in the input, in any order, from bytes and from
 * characters, answered by their position in the order (one past the last for a name not in it).
 */
class PropertyOrderTest {
  private static final List<String> NAMES = List.of("id", "title", "count");
  private static final PropertyOrder ORDER = PropertyOrder.of(NAMES);

  @Test
  void readsNamesInOrderAtTheirPositions() throws IOException {
    for (JsonParser parser : parsers("{\"id\":1,\"title\":\"a\",\"count\":2}")) {
      WidgetReader in = reader(parser);
      List<String> read = new ArrayList<>();
      for (String name = next(in, ORDER, 0); name != null; name = next(in, ORDER, NAMES.indexOf(name) + 1)) {
        assertEquals(NAMES.get(read.size()), name);
        read.add(name);
        in.skipValue();
      }
      assertEquals(NAMES, read);
      in.endDocument();
    }
  }

  @Test
  void readsNamesOutOfOrderRepeatedUnknownAndEscaped() throws IOException {
    String json = "{\"count\":{\"id\":[1]},\"count\":3,\"other\":null,\"t\\u0069tle\":\"x\",\"id\":\"y\",\"title\":1}";
    for (JsonParser parser : parsers(json)) {
      WidgetReader in = reader(parser);
      List<String> read = new ArrayList<>();
      for (String name = next(in, ORDER, 0); name != null; name = next(in, ORDER, NAMES.indexOf(name) + 1)) {
        read.add(name);
        if (name.equals("count") && read.size() == 1) {
          in.beginObject("an object");
          assertEquals("id", next(in, ORDER, 0));
          in.skipValue();
          assertEquals(null, next(in, ORDER, 1));
        } else {
          in.skipValue();
        }
      }
      assertEquals(List.of("count", "count", "other", "title", "id", "title"), read);
      in.endDocument();
    }
  }

  @Test
  void aWrongOrPastTheEndPositionStillReadsTheName() throws IOException {
    for (int expected = 0; expected <= NAMES.size(); expected++) {
      for (JsonParser parser : parsers("{\"title\":\"a\",\"extra\":1}")) {
        WidgetReader in = reader(parser);
        assertEquals("title", next(in, ORDER, expected), "expecting position " + expected);
        in.skipValue();
        assertEquals("extra", next(in, ORDER, expected));
        in.skipValue();
        assertEquals(null, next(in, ORDER, expected));
        in.endDocument();
      }
    }
  }

  @Test
  void aNameSeenTwiceIsReportedAsTheNameJustRead() throws IOException {
    for (JsonParser parser : parsers("{\"title\":1,\"id\":2,\"title\":3}")) {
      WidgetReader in = reader(parser);
      long present = 0;
      for (int index = in.nextProperty(ORDER, 0); index != PropertyOrder.END; index = in.nextProperty(ORDER, index + 1)) {
        present = in.seen(present, 1L << index);
        in.skipValue();
      }
      WidgetParseException e = assertThrows(WidgetParseException.class, in::endDocument);
      assertEquals(1, e.problems().size());
      assertEquals("each property once", e.problems().get(0).expected());
      assertEquals("\"title\" a second time", e.problems().get(0).found());
      assertEquals("/title", e.problems().get(0).pointer());
    }
  }

  @Test
  void nextNameReadsTheSameNamesOnTheParserItself() throws IOException {
    String json = "{\"count\":{\"id\":[1]},\"count\":3,\"other\":null,\"t\\u0069tle\":\"x\",\"id\":\"y\",\"title\":1}";
    for (PropertyOrder order : List.of(ORDER, PropertyOrder.of(List.of()))) {
      for (JsonParser parser : parsers(json)) {
        parser.nextToken();
        List<String> read = new ArrayList<>();
        for (String name = order.nextName(parser, 0); name != null;
            name = order.nextName(parser, NAMES.indexOf(name) + 1)) {
          read.add(name);
          parser.skipChildren();
        }
        assertEquals(List.of("count", "count", "other", "title", "id", "title"), read, order.toString());
        assertEquals(JsonToken.END_OBJECT, parser.currentToken());
      }
    }
  }

  @Test
  void namesAreAnUnmodifiableListInTheirOrder() {
    List<String> names = PropertyOrder.names("id", "title", "count");
    assertEquals(NAMES, names);
    assertThrows(UnsupportedOperationException.class, () -> names.add("other"));
  }

  @Test
  void refusesRepeatedNames() {
    assertThrows(IllegalArgumentException.class, () -> PropertyOrder.of(List.of("id", "title", "id")));
  }

  @Test
  void anEmptyOrderReadsNamesAsTheyCome() throws IOException {
    for (JsonParser parser : parsers("{\"a\":1,\"b\":2}")) {
      WidgetReader in = reader(parser);
      PropertyOrder none = PropertyOrder.of(List.of());
      assertEquals("a", next(in, none, 0));
      in.skipValue();
      assertEquals("b", next(in, none, 1));
      in.skipValue();
      assertEquals(null, next(in, none, 2));
      in.endDocument();
    }
  }

  /** The next name by {@link WidgetReader#nextProperty}, checking the position it answers with. */
  private static String next(WidgetReader in, PropertyOrder order, int expected) {
    int index = in.nextProperty(order, expected);
    if (index == PropertyOrder.END) {
      return null;
    }
    String name = in.propertyName();
    List<String> names = order == ORDER ? NAMES : List.of();
    assertEquals(names.contains(name) ? names.indexOf(name) : names.size(), index, "the position of " + name);
    return name;
  }

  private static WidgetReader reader(JsonParser parser) {
    WidgetReader in = new WidgetReader(parser, ParseOptions.defaults());
    in.beginDocument();
    in.beginObject("an object");
    return in;
  }

  /** The byte parser matches the expected name in its input; the character parser goes Jackson's default way. */
  private static List<JsonParser> parsers(String json) throws IOException {
    return List.of(
        ParseOptions.defaults().jsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8)),
        ParseOptions.defaults().jsonFactory().createParser(new StringReader(json)));
  }
}
