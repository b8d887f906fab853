package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.chatkit.Card;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Broad;
import dev.widgetry.tests.model.Deep;
import dev.widgetry.tests.model.Length;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Range;
import dev.widgetry.tests.model.Requirements;
import dev.widgetry.tests.model.Scalars;
import dev.widgetry.tests.model.Signup;
import dev.widgetry.tests.model.Sizing;
import dev.widgetry.tests.model.Tag;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input, row by row: each ends in a {@link WidgetParseException} (and nothing else) whose first
 * problem points at the offending value and says what was expected there and what was found.
 */
class MalformedInputTest {
  private static final ParseOptions SHORT_STRINGS = ParseOptions.defaults().withMaxStringLength(10);
  private static final ParseOptions SHALLOW = ParseOptions.defaults().withMaxNestingDepth(8);

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("truncated JSON", Tag.class, "{\"label\":\"x\",\"weight\":", "/weight", "well-formed JSON"),
        bad("unclosed string", Tag.class, "{\"label\":\"x", "/label", "well-formed JSON"),
        bad("empty input", Tag.class, "", "", "an empty input"),
        bad("wrong token type", Tag.class, "{\"label\":5,\"weight\":1}", "/label", "expected a string, found the number 5"),
        bad("object for a number", Tag.class, "{\"label\":\"x\",\"weight\":{}}", "/weight", "found an object"),
        bad("missing required", Tag.class, "{\"label\":\"x\"}", "/weight", "expected an integer, found nothing"),
        bad("null for a primitive", Tag.class, "{\"label\":\"x\",\"weight\":null}", "/weight", "found null"),
        bad("null for a non-null reference", Requirements.class,
            "{\"id\":null,\"name\":\"n\",\"title\":\"t\",\"items\":[\"i\"],\"code\":\"c\"}", "/id", "expected a string, found null"),
        bad("unknown property", Tag.class, "{\"label\":\"x\",\"weight\":1,\"lable\":\"y\"}", "/lable",
            "Did you mean \"label\"?"),
        bad("duplicate property", Tag.class, "{\"label\":\"x\",\"weight\":1,\"weight\":2}", "/weight", "a second time"),
        // A repeated or unknown name whose value is an array or an object: the reader asks the parser for
        // the name while it is on that value's opening bracket, read directly or replayed from a tape.
        bad("duplicate array property", Node.class, "{\"type\":\"Box\",\"children\":[],\"children\":[]}", "/children",
            "\"children\" a second time"),
        bad("duplicate array property, tag last", Node.class,
            "{\"children\":[],\"gap\":1,\"children\":[],\"type\":\"Box\"}", "/children", "\"children\" a second time"),
        bad("duplicate object property", Card.class,
            "{\"type\":\"Card\",\"children\":[],\"status\":{\"text\":\"a\"},\"status\":{\"text\":\"b\"}}", "/status",
            "\"status\" a second time"),
        bad("unknown object property", Tag.class, "{\"label\":\"x\",\"weight\":1,\"extra\":{\"a\":[1]}}", "/extra",
            "found \"extra\""),
        bad("unknown array property, tag last", Node.class, "{\"children\":[],\"extra\":[1,2],\"type\":\"Box\"}", "/extra",
            "found \"extra\""),
        bad("bad enum deep in a tree", Deep.class, "{\"levels\":[{\"a\":{\"size\":\"2xl\"}},{\"b\":{\"size\":\"4xl\"}}]}",
            "/levels/1/b/size", "expected one of \"2xl\", \"3xs\", \"100%\" or \"MEDIUM\", found \"4xl\""),
        bad("wrong root type", Tag.class, "[1,2]", "", "expected a Tag object, found an array"),
        bad("unknown union type", Node.class, "{\"type\":\"Txt\",\"value\":\"x\"}", "/type", "Did you mean \"Text\"?"),
        bad("unknown union type, tag last", Node.class, "{\"value\":\"x\",\"type\":\"Txt\"}", "/type", "found \"Txt\""),
        bad("missing union type", Node.class, "{\"value\":\"x\"}", "/type", "found nothing"),
        bad("missing union type deep in a tree", Node.class,
            "{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"a\"},{\"value\":\"b\"}]}", "/children/1/type",
            "found nothing"),
        bad("unknown union type, tag last, deep in a tree", Node.class,
            "{\"children\":[{\"type\":\"Text\",\"value\":\"a\"},{\"value\":\"b\",\"type\":\"Txt\"}],\"type\":\"Box\"}",
            "/children/1/type", "found \"Txt\""),
        bad("error inside a deduced member deep in a tree", Card.class,
            "{\"type\":\"Card\",\"children\":[],\"status\":{\"icon\":\"search\",\"text\":5}}", "/status/text",
            "expected a string, found the number 5"),
        bad("error inside a replayed member", Node.class, "{\"children\":[{\"value\":7,\"type\":\"Text\"}],\"type\":\"Box\"}",
            "/children/0/value", "expected a string, found the number 7"),
        bad("error deep in a tree", Node.class,
            "{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":\"a\"},{\"type\":\"Box\",\"children\":[{\"type\":\"Text\",\"value\":true}]}]}",
            "/children/1/children/0/value", "found true"),
        bad("member read on its own with another type", Node.Text.class, "{\"type\":\"Box\",\"value\":\"x\"}", "/type",
            "expected \"Text\", found the string \"Box\""),
        bad("untagged union given the wrong kind", Length.class, "true", "", "expected a number, a string or a Sides object"),
        bad("integer out of range", Scalars.class, "{\"letter\":\"a\",\"flag\":true,\"tiny\":300,\"small\":0,\"count\":0,\"big\":0,\"ratio\":0,\"amount\":0}",
            "/tiny", "an integer from -128 to 127"),
        bad("fraction for an integer", Tag.class, "{\"label\":\"x\",\"weight\":1.5}", "/weight", "found the number 1.5"),
        bad("two characters for a char", Scalars.class, "{\"letter\":\"ab\",\"flag\":true,\"tiny\":0,\"small\":0,\"count\":0,\"big\":0,\"ratio\":0,\"amount\":0}",
            "/letter", "exactly one character"),
        bad("trailing content", Tag.class, "{\"label\":\"x\",\"weight\":1} {}", "", "the end of the input"),
        bad("constraint: blank", Signup.class, signup("\"  \"", "18", "[\"a\"]"), "/user", "not blank"),
        bad("constraint: too young", Signup.class, signup("\"ann\"", "17", "[\"a\"]"), "/age", "greater than or equal to 18"),
        bad("constraint: too many tags", Signup.class, signup("\"ann\"", "20", "[\"a\",\"b\",\"c\",\"d\"]"), "/tags",
            "1 to 3 items"),
        bad("constraint: blank element", Signup.class, signup("\"ann\"", "20", "[\"a\",\" \"]"), "/tags/1", "not blank"));
  }

  private static Arguments bad(String name, Class<?> type, String json, String pointer, String text) {
    return Arguments.of(name, type, json, pointer, text);
  }

  private static String signup(String user, String age, String tags) {
    return "{\"user\":" + user + ",\"email\":\"a@b.c\",\"age\":" + age + ",\"budget\":10,\"currency_code\":\"EUR\",\"tags\":"
        + tags + "}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputEndsInAParseExceptionThatPointsAtTheValue(
      String name, Class<?> type, String json, String pointer, String text) {
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, type));

    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains(text), () -> "\"" + text + "\" not in: " + e.getMessage());
  }

  @Test
  void everyMissingRequiredPropertyIsReportedInOrderWithWhatItExpects() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"name\":\"n\",\"optional\":\"o\"}", Requirements.class));

    assertEquals(List.of("/id", "/title", "/items", "/code"),
        e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
    assertEquals(List.of("a string", "a string", "an array of strings", "a string"),
        e.problems().stream().map(ParseProblem::expected).collect(Collectors.toList()));
    assertTrue(e.problems().stream().allMatch(problem -> problem.found().equals("nothing")), e.getMessage());
  }

  @Test
  void missingRequiredPropertiesOnBothSidesOfTheSixtyFourthAreReportedInOrder() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 1; i < 66; i++) {
      if (i != 62 && i != 63 && i != 64) {
        json.append(json.length() > 1 ? "," : "").append(String.format("\"field%02d\":%d", i, i));
      }
    }
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson(json.append('}').toString(), Broad.class));

    assertEquals(List.of("/field00", "/field62", "/field63", "/field64"),
        e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
    assertTrue(e.problems().stream().allMatch(problem -> problem.expected().equals("an integer")
        && problem.found().equals("nothing")), e.getMessage());
  }

  @Test
  void nullForAnOptionalStringOrEnumIsAbsentUnlessNullsAreRefused() {
    // Generated readers read an optional string or enum in one call (readNullableString, readNullableEnum).
    String json = "{\"size\":null,\"align\":null,\"sizes\":[\"2xl\"]}";
    assertEquals(new Sizing(null, List.of(Sizing.Size.XXL), null), Widgets.fromJson(json, Sizing.class));
    assertEquals(new Tag(null, 1), Widgets.fromJson("{\"label\":null,\"weight\":1}", Tag.class));

    ParseOptions refusingNulls = ParseOptions.defaults().withNullAsAbsent(false);
    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Sizing.class, refusingNulls));
    assertEquals(List.of("/size", "/align"), e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
    assertTrue(e.problems().get(0).message().contains("found null"), e.getMessage());
    e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\"label\":null,\"weight\":1}", Tag.class, refusingNulls));
    assertEquals("/label", e.pointer());
  }

  @Test
  void nestingPastTheDepthLimitIsRefused() {
    String json = "{\"type\":\"Box\",\"children\":[".repeat(10) + "]}".repeat(10);

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).fromJson(json, SHALLOW));

    assertTrue(e.pointer().startsWith("/children/0/children/0/children/0"), e.pointer());
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @Test
  void theDefaultDepthLimitStopsHostileNesting() {
    String json = "{\"type\":\"Box\",\"children\":[".repeat(5000) + "]}".repeat(5000);

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Node.class));

    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @Test
  void aStringPastTheLengthLimitIsRefused() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.codec(Tag.class).fromJson("{\"label\":\"" + "a".repeat(50) + "\",\"weight\":1}", SHORT_STRINGS));

    assertEquals("/label", e.pointer());
    assertTrue(e.getMessage().contains("String value length"), e.getMessage());
  }

  @Test
  void aDocumentPastTheSizeLimitIsRefused() {
    ParseOptions small = ParseOptions.defaults().withMaxDocumentLength(100);
    String json = "{\"label\":\"" + "a".repeat(200) + "\",\"weight\":1}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Tag.class).fromJson(json, small));

    assertTrue(e.getMessage().contains("Document length"), e.getMessage());
  }

  @Test
  void everyProblemTheParserCanGoOnFromIsReportedTogether() {
    String json = "{\"user\":\" \",\"email\":\"nope\",\"age\":12,\"budget\":-1,\"currency_code\":\"eur\",\"tags\":[],\"extra\":1}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Signup.class));

    assertEquals(List.of("/user", "/email", "/age", "/budget", "/currency_code", "/tags", "/extra"),
        e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()), e.getMessage());
    assertTrue(e.getMessage().startsWith("7 problems in the JSON input:"), e.getMessage());
  }

  @Test
  void problemsCarryLineAndColumn() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson("{\n  \"label\": \"x\",\n  \"weight\": \"heavy\"\n}", Tag.class));

    ParseProblem problem = e.problems().get(0);
    assertEquals(3, problem.line());
    assertEquals(13, problem.column());
    assertEquals("At /weight (line 3, column 13): expected an integer, found the string \"heavy\".", problem.message());
  }

  @Test
  void problemsInAnObjectWhoseTypeComesLastAreLocatedAtItsFirstProperty() {
    String json = "{\"type\": \"Box\", \"children\": [\n  {\"value\": 5,\n   \"type\": \"Text\"},\n  {\"src\": \"a.png\"}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Node.class));

    assertEquals(List.of(
            "At /children/0/value (line 2, column 4): expected a string, found the number 5.",
            "At /children/1/type (line 4, column 4): expected a \"type\" naming the kind of Node, found nothing."),
        e.problems().stream().map(ParseProblem::message).collect(Collectors.toList()));
  }

  @Test
  void unknownPropertiesCanBeIgnoredOnRequest() {
    ParseOptions lenient = ParseOptions.defaults().withIgnoreUnknownProperties(true);

    Tag tag = Widgets.fromJson("{\"label\":\"x\",\"extra\":{\"deep\":[1]},\"weight\":2}", Tag.class, lenient);

    assertEquals(new Tag("x", 2), tag);
  }

  @Test
  void theProblemCountIsCapped() {
    StringBuilder json = new StringBuilder("{\"label\":\"x\",\"weight\":1");
    for (int i = 0; i < 1000; i++) {
      json.append(",\"u").append(i).append("\":0");
    }
    json.append('}');

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json.toString(), Tag.class));

    assertEquals(ParseOptions.defaults().maxProblems(), e.problems().size());
    WidgetParseException capped = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson(json.toString(), Tag.class, ParseOptions.defaults().withMaxProblems(2)));
    assertEquals(List.of("/u0", "/u1"), capped.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList()));
  }

  @Test
  void aConstructorThatRejectsItsValuesIsAProblemAtTheObject() {
    String json = "{\"min\":1,\"max\":9,\"parts\":[{\"min\":1,\"max\":2},{\"min\":5,\"max\":3}]}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(json, Range.class));

    assertEquals("/parts/1", e.pointer());
    assertTrue(e.getMessage().contains("min must not exceed max"), e.getMessage());
  }
}
