package dev.widgetry.a2ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every form server messages travel in reads as the same messages; problems point into the form. */
class ReadingFormsTest {
  private static final String CREATE =
      "{\"version\":\"v0.9\",\"createSurface\":{\"surfaceId\":\"s\",\"catalogId\":"
          + "\"https://a2ui.org/specification/v0_9/catalogs/basic/catalog.json\"}}";
  private static final String UPDATE =
      "{\"version\":\"v0.9\",\"updateComponents\":{\"surfaceId\":\"s\",\"components\":"
          + "[{\"component\":\"Text\",\"id\":\"root\",\"text\":\"Hi\"}]}}";
  private static final String ARRAY = "[" + CREATE + "," + UPDATE + "]";

  @Test
  void oneMessage() {
    assertEquals(CREATE, A2ui.toJson(A2ui.parseMessages(CREATE).get(0)));
  }

  @Test
  void anArray() {
    assertEquals(ARRAY, written(A2ui.parseMessages(ARRAY)));
  }

  @Test
  void theMessagesWrapper() {
    assertEquals(ARRAY, written(A2ui.parseMessages("{\"messages\":" + ARRAY + "}")));
  }

  @Test
  void anExampleFileWithKeysOfItsOwn() {
    assertEquals(ARRAY, written(A2ui.parseMessages(
        "{\"name\":\"n\",\"description\":\"d\",\"messages\":" + ARRAY + ",\"author\":\"me\"}")));
  }

  @Test
  void theOperationsEnvelope() {
    assertEquals(ARRAY, written(A2ui.parseMessages("{\"a2ui_operations\":" + ARRAY + "}")));
  }

  @Test
  void jsonLines() {
    assertEquals(ARRAY, written(A2ui.parseMessages(CREATE + "\n" + UPDATE + "\n")));
  }

  @Test
  void aFencedBlockInAModelsText() {
    String text = "Here is your surface:\n```json\n" + ARRAY + "\n```\nAnything else?";

    assertEquals(ARRAY, written(A2ui.parseMessages(text)));
  }

  @Test
  void backticksWithinALineOfProseOpenNoBlock() {
    String text = "Wrap code in ``` like this, then:\n  ```json\n" + ARRAY + "\n  ```\nDone.";

    assertEquals(ARRAY, written(A2ui.parseMessages(text)));
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsSkipped() {
    assertEquals(ARRAY, written(A2ui.parseMessages("\uFEFF" + ARRAY)));
  }

  @Test
  void severalBlocksAndTagsAreReadInOrder() {
    String text = "First:\n```json\n" + CREATE + "\n```\nthen <a2ui-json>" + UPDATE + "</a2ui-json>, and\n"
        + "```python\nprint('not this')\n```";

    assertEquals(ARRAY, written(A2ui.parseMessages(text)));
  }

  @Test
  void version091IsTheSameWire() {
    String json = CREATE.replace("\"v0.9\"", "\"v0.9.1\"");

    assertEquals(CREATE, A2ui.toJson(A2ui.parseMessages(json).get(0)));
  }

  @Test
  void pointersStartWhereTheFormPutsTheMessages() {
    String bad = UPDATE.replace("\"Text\"", "\"Txt\"");

    assertEquals(List.of("/updateComponents/components/0/component"), pointers(bad));
    assertEquals(List.of("/1/updateComponents/components/0/component"), pointers("[" + CREATE + "," + bad + "]"));
    assertEquals(List.of("/messages/1/updateComponents/components/0/component"),
        pointers("{\"messages\":[" + CREATE + "," + bad + "]}"));
    assertEquals(List.of("/a2ui_operations/1/updateComponents/components/0/component"),
        pointers("{\"a2ui_operations\":[" + CREATE + "," + bad + "]}"));
    assertEquals(List.of("/1/updateComponents/components/0/component"), pointers(CREATE + "\n" + bad));
  }

  @Test
  void aProblemInABlockNamesTheBlockAndItsLineInTheWholeText() {
    String text = "One:\n```json\n" + CREATE + "\n```\nTwo:\n```json\n" + UPDATE.replace("\"Text\"", "\"Txt\"") + "\n```";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(text));

    ParseProblem problem = e.problems().get(0);
    assertEquals("/updateComponents/components/0/component", problem.pointer());
    assertEquals(7, problem.line());
    assertEquals("Did you mean \"Text\"? (In the 2nd ```json block.)", problem.hint());
  }

  @Test
  void textWithoutJsonIsOneProblem() {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages("Sorry, I can't."));

    assertEquals("The A2UI JSON has 1 problem. Fix it and send all the messages again.\nAt the document root:"
        + " expected A2UI JSON: a message, an array of messages, JSON Lines, or any of these in a ```json block or"
        + " between <a2ui-json> tags, found text with none of them.", e.getMessage());
  }

  @Test
  void anExampleFileNeedsItsNameAndDescriptionOnceItHasMoreThanMessages() {
    assertEquals(List.of("/name", "/description"), pointers("{\"messages\":" + ARRAY + ",\"author\":\"me\"}"));
  }

  static List<String> pointers(String json) {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> A2ui.parseMessages(json));
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  private static String written(List<ServerMessage> messages) {
    return A2ui.toJsonArray(messages);
  }
}
