package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct UTF-8 writer behind {@code toJsonBytes} and the interop path on Jackson's
 * {@code JsonGenerator} produce the same bytes, and Jackson itself reads them back unchanged.
 */
class WriterParityTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @Test
  void bothWritersProduceIdenticalBytesForEverySample() throws IOException {
    for (Object sample : Samples.all()) {
      assertArrayEquals(viaGenerator(sample), Widgets.toJsonBytes(sample), sample.getClass().getSimpleName());
    }
  }

  @Test
  void stringsWithEveryKindOfCharacterAreEscapedAsJacksonEscapesThem() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(7);
        if (pick == 0) {
          text.append((char) random.nextInt(0x20));
        } else if (pick == 1) {
          text.append("\"\\/\u007f".charAt(random.nextInt(4)));
        } else if (pick == 2) {
          text.append((char) (0x80 + random.nextInt(0x780)));
        } else if (pick == 3) {
          text.append((char) (0x800 + random.nextInt(0xD000)));
        } else if (pick == 4) {
          text.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
        } else if (pick == 5) {
          text.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800)));
        } else {
          text.append((char) (0x20 + random.nextInt(0x5F)));
        }
      }
      Tag tag = new Tag(text.toString(), round);
      byte[] ours = Widgets.toJsonBytes(tag);
      assertArrayEquals(viaGenerator(tag), ours, () -> "escaping differs for " + tag);
      assertEquals(tag, Widgets.fromJson(new String(ours, StandardCharsets.UTF_8), Tag.class));
    }
  }

  /** One rule both ways: a lone surrogate is read from its escape and written as one, never as broken UTF-8. */
  @Test
  void aLoneSurrogateIsWrittenEscapedByBothWritersAndReadsBack() throws IOException {
    for (String label : List.of("half \uD83D", "\uDE00 half", "\uDC00\uD800", "pair \uD83D\uDE00 then \uD800")) {
      Tag tag = new Tag(label, 1);

      byte[] ours = Widgets.toJsonBytes(tag);

      assertArrayEquals(viaGenerator(tag), ours, label);
      assertEquals(tag, Widgets.fromJson(new String(ours, StandardCharsets.UTF_8), Tag.class));
      assertEquals(tag, Widgets.codec(Tag.class).fromJson(ours));
    }
    assertEquals("{\"label\":\"half \\uD83D\",\"weight\":1}", Widgets.toJson(new Tag("half \uD83D", 1)));
    assertEquals(new Tag("\uD800", 2), Widgets.fromJson("{\"label\":\"\\ud800\",\"weight\":2}", Tag.class));
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    Scalars nan = new Scalars(null, 'a', null, false, null, (byte) 0, (short) 0, 0, 0L, null, null, null, null, null,
        0f, Double.NaN, null, null, null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Widgets.toJson(nan));

    assertEquals("NaN has no JSON form: widgets hold finite numbers only", e.getMessage());
  }

  @Test
  void aRequiredComponentHoldingNullCannotBeWritten() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Widgets.toJson(new dev.widgetry.tests.model.Requirements(null, "n", "t", java.util.List.of("i"), "c", null)));

    assertEquals("Requirements.id is required but null", e.getMessage());
  }

  @Test
  void aWidgetIsWrittenIntoACallersOwnJacksonOutput() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = JACKSON.createGenerator(bytes)) {
      generator.writeStartObject();
      generator.writeFieldName("tag");
      Widgets.codec(Tag.class).write(new Tag("x", 1), generator);
      generator.writeNumberField("after", 2);
      generator.writeEndObject();
    }

    assertEquals("{\"tag\":{\"label\":\"x\",\"weight\":1},\"after\":2}", bytes.toString(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked") // a widget's own codec accepts it
  private static byte[] viaGenerator(Object widget) throws IOException {
    WidgetCodec<Object> codec = (WidgetCodec<Object>) Widgets.codec(widget.getClass());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = JACKSON.createGenerator(bytes)) {
      codec.write(widget, generator);
    }
    return bytes.toByteArray();
  }
}
