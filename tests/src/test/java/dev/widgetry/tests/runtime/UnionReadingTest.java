package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Corner;
import dev.widgetry.tests.model.Node;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unions read what the document says and nothing else: a bad {@code "type"} anywhere in an object
 * is one problem and the reader goes on in step with the document; an explicit null does not
 * choose an untagged union's member, so what is read writes back to JSON that reads the same.
 */
class UnionReadingTest {
  private static final ParseOptions LARGE_CAP = ParseOptions.defaults().withMaxProblems(10_000);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"7", "1.5", "true", "null", "{\"x\":1}", "[\"Text\"]"})
  void aTypeThatIsNotAStringAndNotFirstIsOneProblem(String type) {
    String json = "{\"type\":\"Box\",\"children\":[{\"value\":\"a\",\"type\":" + type + "}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).fromJson(json, LARGE_CAP));

    assertEquals(List.of("/children/0/type"), pointers(e), e.getMessage());
    assertEquals("a string naming the kind of Node", e.problems().get(0).expected());
  }

  @Test
  void theFuzzersFortyFourBytesAreOneProblem() {
    String json = "{\"type\":\"Box\",\"children\":[{\"w\":2,\"type\":1}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).fromJson(json, LARGE_CAP));

    assertEquals(List.of("/children/0/type"), pointers(e), e.getMessage());
  }

  @Test
  void aChatKitComponentWithANumberForItsTypeIsOneProblem() {
    String json = "{\"type\":\"Card\",\"children\":[{\"value\":\"a\",\"type\":7}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Card.class).fromJson(json, LARGE_CAP));

    assertEquals(List.of("/children/0/type"), pointers(e), e.getMessage());
    assertEquals("the number 7", e.problems().get(0).found());
  }

  @Test
  void theReaderStaysInStepAfterABadType() {
    String json = "{\"children\":[{\"value\":\"a\",\"type\":7},{\"type\":\"Text\",\"value\":5},{\"value\":6,\"type\":\"Text\"}],"
        + "\"type\":\"Box\"}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).fromJson(json, LARGE_CAP));

    assertEquals(List.of("/children/0/type", "/children/1/value", "/children/2/value"), pointers(e), e.getMessage());
  }

  @Test
  void aFirstTypeThatIsNotAStringIsOneProblem() {
    String json = "{\"type\":\"Box\",\"children\":[{\"type\":7,\"value\":\"a\"},{\"type\":\"Text\",\"value\":5}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).fromJson(json, LARGE_CAP));

    assertEquals(List.of("/children/0/type", "/children/1/value"), pointers(e), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{}",
    "{\"top\":null,\"left\":null}",
    "{\"top\":null,\"left\":4}",
    "{\"tl\":1,\"br\":null}",
    "{\"tl\":null,\"br\":2}"
  })
  void anUntaggedObjectReadsBackAsWhatItWasRead(String json) {
    Corner read = Widgets.fromJson(json, Corner.class);

    assertEquals(read, Widgets.fromJson(Widgets.toJson(read), Corner.class), () -> json + " wrote " + Widgets.toJson(read));
  }

  @Test
  void explicitNullsDoNotChooseAMember() {
    ParseOptions lenient = ParseOptions.defaults().withIgnoreUnknownProperties(true);

    assertEquals(new Corner.Sides(null, null), Widgets.fromJson("{\"tl\":null,\"br\":null}", Corner.class, lenient));
    assertEquals(new Corner.Corners(null, 2), Widgets.fromJson("{\"top\":null,\"left\":null,\"br\":2}", Corner.class, lenient));
  }

  @Test
  void onlyNullsForTheSecondMembersPropertiesCouldMeanEitherMemberAndAreRefused() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"tl\":null,\"br\":null}", Corner.class));

    assertEquals(List.of("/tl", "/br"), pointers(e), e.getMessage());
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }
}
