package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Tag;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link WidgetReader#peekString} reads a property ahead of the object's reader, from one recording
 * of the object that the reader then reads; a consumed property is hidden from it.
 */
class PeekStringTest {

  @Test
  void aPropertyIsReadAheadFromOneRecordingThatTheObjectIsThenReadFrom() throws IOException {
    Peeked label = read("{\"label\":\"x\",\"weight\":2}", "label", false);
    Peeked weight = read("{\"label\":\"x\",\"weight\":2}", "weight", false);

    assertEquals("x", label.value);
    assertEquals(new Tag("x", 2), label.tag);
    assertEquals(6, label.recorded, "the object's 6 tokens, once");
    assertNull(weight.value, "weight is a number, not a string");
    assertEquals(new Tag("x", 2), weight.tag);
  }

  @Test
  void aConsumedPropertyIsHiddenFromTheObjectsReader() throws IOException {
    Peeked peeked = read("{\"catalog\":\"c\",\"label\":\"x\",\"weight\":2}", "catalog", true);

    assertEquals("c", peeked.value);
    assertEquals(new Tag("x", 2), peeked.tag);
  }

  @Test
  void aPropertyNotConsumedIsLeftToTheObjectsReader() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> read("{\"label\":\"x\",\"catalog\":\"c\",\"weight\":2}", "catalog", false));

    assertEquals(List.of("/catalog"), e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
  }

  @Test
  void aValueThatIsNotAnObjectIsNotRecorded() throws IOException {
    ParseOptions options = ParseOptions.defaults();
    try (JsonParser parser = options.jsonFactory().createParser("[\"x\"]")) {
      WidgetReader in = new WidgetReader(parser, options);
      in.beginDocument();
      in.beginArray("an array");
      in.nextItem();

      assertNull(in.peekString("label", false));
      assertEquals(0, in.tokensRecorded());
    }
  }

  private record Peeked(String value, Tag tag, long recorded) {}

  @SuppressWarnings("unchecked") // every generated codec is a GeneratedCodec
  private static Peeked read(String json, String name, boolean consume) throws IOException {
    GeneratedCodec<Tag> codec = (GeneratedCodec<Tag>) Widgets.codec(Tag.class);
    ParseOptions options = ParseOptions.defaults();
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      WidgetReader in = new WidgetReader(parser, options);
      in.beginDocument();
      int replay = in.replayDepth();
      String value = in.peekString(name, consume);
      Tag tag = codec.read(in);
      in.endReplay(replay);
      in.endDocument();
      return new Peeked(value, tag, in.tokensRecorded());
    }
  }
}
