package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Caption;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * An untagged union whose object's first property name belongs to one member reads it on without
 * recording it; a tagged union inside, whose tag comes first, records nothing either. Counted in
 * tokens, as {@code UnionWorkTest} counts them.
 */
class FirstNameDeductionWorkTest {

  @Test
  void objectsDecidedByTheirFirstNameAreNotRecorded() throws IOException {
    String json = "{\"op\":\"join\",\"args\":[{\"ref\":\"/a\"},{\"op\":\"upper\",\"arg\":{\"ref\":\"/b\"}},\"c\"]}";

    long[] work = read(json, ParseOptions.defaults());

    assertEquals(0, work[0], "recorded");
    assertEquals(0, work[1], "replayed");
  }

  @Test
  void anObjectWhoseFirstNameDecidesNothingIsRecordedOnce() throws IOException {
    String json = "{\"arg\":{\"ref\":\"/b\"},\"op\":\"upper\"}";

    long[] work = read(json, ParseOptions.defaults());

    // The object's 9 tokens, once; the reference inside is read from that recording.
    assertEquals(9, work[0], "recorded");
  }

  @Test
  void whenUnknownPropertiesAreIgnoredEveryObjectIsScored() throws IOException {
    // Ignoring unknown properties, a first name no longer rules the other members out.
    long[] work = read("{\"ref\":\"/a\"}", ParseOptions.defaults().withIgnoreUnknownProperties(true));

    assertEquals(4, work[0], "recorded");
    assertTrue(work[1] >= 4, "replayed " + work[1]);
  }

  @SuppressWarnings("unchecked") // every generated codec is a GeneratedCodec
  private static long[] read(String json, ParseOptions options) throws IOException {
    GeneratedCodec<Caption> codec = (GeneratedCodec<Caption>) Widgets.codec(Caption.class);
    try (JsonParser parser = options.jsonFactory().createParser(json)) {
      WidgetReader in = new WidgetReader(parser, options);
      in.beginDocument();
      codec.read(in);
      in.endDocument();
      return new long[] {in.tokensRecorded(), in.tokensReplayed()};
    }
  }
}
