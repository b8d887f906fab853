package dev.widgetry.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One {@link TapeParser} and its {@link Tape} serve every recording of a reader: each object
 * replays as the document has it, whatever the one before held, however large it was (its chunks
 * released while it was replayed) and whichever tag of it was marked read.
 */
class TapeReuseTest {
  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void eachObjectRecordedOnTheSameTapeReplaysAsTheDocumentHasIt() throws IOException {
    StringBuilder large = new StringBuilder("{\"type\":\"big\",\"items\":[");
    for (int i = 0; i < 5000; i++) {
      large.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append('}');
    }
    large.append("]}");
    List<String> objects = List.of(large.toString(), "{\"b\":true,\"type\":\"small\",\"s\":\"x\"}",
        "{\"type\":\"t\",\"o\":{\"p\":[1,2.5,null]}}", "{}", "{\"last\":\"y\"}");
    TapeParser tapes = new TapeParser();

    for (int round = 0; round < 2; round++) {
      for (String object : objects) {
        try (JsonParser document = JSON.createParser(object)) {
          document.nextToken();
          tapes.record(document, false, null);

          assertEquals(tokens(object), replayed(tapes), object);
          assertEquals(JsonToken.END_OBJECT, document.currentToken(), "the document is left on the closing brace");
        }
      }
      // A tag read on one recording (token 3 is the "type" name) is not skipped on the next.
      String tagged = objects.get(1);
      try (JsonParser document = JSON.createParser(tagged)) {
        document.nextToken();
        tapes.record(document, false, null);
        tapes.tape().markTagRead(3);
      }
      try (JsonParser document = JSON.createParser(tagged)) {
        document.nextToken();
        tapes.record(document, false, null);
        assertEquals(tokens(tagged), replayed(tapes), "recorded again after a tag was read");
      }
    }
  }

  private static List<String> tokens(String json) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens.add(token + (token.isScalarValue() || token == JsonToken.FIELD_NAME ? " " + parser.getText() : ""));
      }
    }
    return tokens;
  }

  private static List<String> replayed(TapeParser tapes) throws IOException {
    List<String> tokens = new ArrayList<>();
    for (JsonToken token = tapes.currentToken(); token != null; token = tapes.nextToken()) {
      tokens.add(token + (token.isScalarValue() || token == JsonToken.FIELD_NAME ? " " + tapes.getText() : ""));
    }
    return tokens;
  }
}
