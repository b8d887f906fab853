package dev.widgetry.tests.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputsTest {
  private static final String EXCHANGE = """
      POST /api
      {"a": 1}

      200, Content-Type: text/event-stream, Cache-Control: no-store
      data: {"type": "one", "id": "item_…"}

      data: {"type": "two"}
      """;

  @Test
  void anExchangeIsComparedByItsStatusLineAndEachEvent() {
    ReadmeBlock block = new ReadmeBlock(ReadmeBlock.Role.EXCHANGE, "x", "http", EXCHANGE, 1);

    assertEquals("POST /api\n{\"a\": 1}", block.request());
    assertEquals(Optional.empty(), Outputs.mismatch(block,
        "200, Content-Type: text/event-stream, Cache-Control: no-store\ndata: {\"type\":\"one\",\"id\":\"item_1\"}\n\n"
            + "data: {\"type\":\"two\"}\n\n"));
    assertEquals(Optional.of("the answer's status line is \"422, Content-Type: text/event-stream\", not \"200,"
            + " Content-Type: text/event-stream, Cache-Control: no-store\""),
        Outputs.mismatch(block, "422, Content-Type: text/event-stream\ndata: {}"));
    assertEquals(Optional.of("event 2: at /type: expected \"two\", found \"three\""), Outputs.mismatch(block,
        "200, Content-Type: text/event-stream, Cache-Control: no-store\ndata: {\"type\":\"one\",\"id\":\"item_1\"}\n\n"
            + "data: {\"type\":\"three\"}\n\n"));
    assertEquals(Optional.of("the answer has 1 events, not 2:\ndata: {\"type\":\"one\",\"id\":\"item_1\"}"),
        Outputs.mismatch(block, "200, Content-Type: text/event-stream, Cache-Control: no-store\n"
            + "data: {\"type\":\"one\",\"id\":\"item_1\"}\n\n"));
  }

  @Test
  void textIsComparedLineByLineWithEllipsesForAnyCharacters() {
    ReadmeBlock block = new ReadmeBlock(ReadmeBlock.Role.OUTPUT, "t", "", "2 problems:\n- At /a (line 1, column …): bad.\n", 1);

    assertEquals(Optional.empty(), Outputs.mismatch(block, "2 problems:\n- At /a (line 1, column 32): bad.\n"));
    assertEquals(Optional.of("line 2 is\n  - At /b (line 1, column 32): bad.\nnot\n  - At /a (line 1, column …): bad."),
        Outputs.mismatch(block, "2 problems:\n- At /b (line 1, column 32): bad."));
    assertEquals(Optional.of("line 3 is\n  more\nnot\n  (no line)"),
        Outputs.mismatch(block, "2 problems:\n- At /a (line 1, column 3): bad.\nmore"));
  }

  @Test
  void aJsonOutputIsComparedAsJson() {
    ReadmeBlock block = new ReadmeBlock(ReadmeBlock.Role.OUTPUT, "j", "json", "{\"a\": [1, ...]}", 1);

    assertEquals(Optional.empty(), Outputs.mismatch(block, "{\"a\":[1,2]}"));
    assertEquals(Optional.of("at /a: expected an array, found 1"), Outputs.mismatch(block, "{\"a\":1}"));
  }
}
