package dev.widgetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes get their parser from {@link ParserFactory} without Jackson's encoding detection when they
 * can only be UTF-8; Jackson's own factory, which always detects, is the oracle: the same tokens,
 * texts, locations and failures, from the whole array and from a slice of a larger one.
 */
class ParserFactoryTest {
  private static final JsonFactory JACKSON = new JsonFactory();
  private static final JsonFactory OURS = ParseOptions.defaults().jsonFactory();

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":-2.5e3}}",
    "\n  {\"name\": \"caf\u00e9 \u2615\",\n   \"n\": 12345678901234}\n",
    "\"text\"",
    "1234",
    "12",
    "[]",
    "\uFEFF{\"after\":\"a byte order mark\"}",
    "{\"a\":1,}",
    "{\"a\" 1}",
    "[1, 2"
  })
  void utf8BytesReadAsJacksonReadsThem(String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    assertEquals(events(JACKSON.createParser(bytes)), events(OURS.createParser(bytes)));
    byte[] padded = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    assertEquals(events(JACKSON.createParser(padded, 3, bytes.length)),
        events(OURS.createParser(padded, 3, bytes.length)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void otherEncodingsAreStillDetected(String charset) throws IOException {
    byte[] bytes = "{\"a\":[1,\"\u00e9\"]}".getBytes(Charset.forName(charset));

    List<String> ours = events(OURS.createParser(bytes));

    assertEquals(events(JACKSON.createParser(bytes)), ours);
    assertTrue(ours.contains("VALUE_STRING \u00e9"), ours.toString());
  }

  /** Every token with its text and where it starts, then the failure that ended reading, if any. */
  private static List<String> events(JsonParser parser) throws IOException {
    List<String> events = new ArrayList<>();
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonLocation at = parser.currentTokenLocation();
        events.add(token + " " + parser.getText());
        events.add("at " + at.getLineNr() + ":" + at.getColumnNr() + " byte " + at.getByteOffset());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      events.add("failed at " + at.getLineNr() + ":" + at.getColumnNr() + ": " + e.getOriginalMessage());
    }
    return events;
  }

  /** Which bytes skip Jackson's detection: four or more, none of the first four zero, no byte order mark's first byte. */
  @Test
  void onlyBytesThatCanOnlyBeUtf8WithoutAByteOrderMarkSkipDetection() {
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    assertTrue(ParserFactory.plainUtf8(json, 0, json.length));
    assertTrue(ParserFactory.plainUtf8(json, 0, 4));
    assertFalse(ParserFactory.plainUtf8(json, 0, 3), "three bytes");
    assertTrue(ParserFactory.plainUtf8(new byte[] {0, 0, '[', '1', ',', '2', ']'}, 2, 5), "a slice past zeros");
    assertFalse(ParserFactory.plainUtf8(new byte[] {'[', 0, '1', 0}, 0, 4), "UTF-16LE");
    assertFalse(ParserFactory.plainUtf8(new byte[] {0, '[', 0, '1'}, 0, 4), "UTF-16BE");
    assertFalse(ParserFactory.plainUtf8(new byte[] {'[', '1', ',', 0}, 0, 4), "a zero fourth");
    assertFalse(ParserFactory.plainUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}, 0, 4), "UTF-8 BOM");
    assertFalse(ParserFactory.plainUtf8(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '1'}, 0, 4), "UTF-16BE BOM");
    assertFalse(ParserFactory.plainUtf8(new byte[] {(byte) 0xFF, (byte) 0xFE, '1', 0}, 0, 4), "UTF-16LE BOM");
  }
}
