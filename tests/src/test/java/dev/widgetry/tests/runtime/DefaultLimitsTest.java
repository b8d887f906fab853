package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Node;
import dev.widgetry.tests.model.Tag;
import dev.widgetry.tests.model.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bounds README and {@link ParseOptions#defaults()} promise, each tested at its edge with the
 * defaults themselves: the largest input it lets through, and one step more, which it refuses
 * with a message that names the limit.
 */
class DefaultLimitsTest {
  private static final ParseOptions DEFAULTS = ParseOptions.defaults();

  @Test
  void theDefaultsAreTheDocumentedBounds() {
    assertEquals(128, DEFAULTS.maxNestingDepth());
    assertEquals(1_000_000, DEFAULTS.maxStringLength());
    assertEquals(10L * 1024 * 1024, DEFAULTS.maxDocumentLength());
    assertEquals(50, DEFAULTS.maxProblems());
    assertFalse(DEFAULTS.ignoresUnknownProperties());
  }

  @Test
  void nestingOf128IsReadAnd129IsRefused() {
    // The root object is one level, each array one more.
    Trees deepest = Widgets.fromJson(trees(127), Trees.class);
    assertEquals(127, depth(deepest));

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(trees(128), Trees.class));
    assertLimit(e, "Document nesting depth (129) exceeds the maximum allowed (128)", "ParseOptions.withMaxNestingDepth");
  }

  @Test
  void arraysCountSoSixtyFourNestedWidgetsFit() {
    // Each Box is two levels: its object and its children array.
    Widgets.fromJson(boxes(64, ""), Node.class);

    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.fromJson(boxes(64, "{\"type\":\"Text\",\"value\":\"x\"}"), Node.class));
    assertLimit(e, "Document nesting depth (129) exceeds the maximum allowed (128)", "ParseOptions.withMaxNestingDepth");
  }

  @Test
  void aStringOfAMillionCharactersIsReadAndOneMoreIsRefused() {
    String million = "a".repeat(1_000_000);
    assertEquals(million, Widgets.fromJson(tag(million), Tag.class).label());

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(tag(million + "a"), Tag.class));
    assertEquals("/label", e.pointer());
    assertLimit(e, "exceeds the maximum allowed (1000000)", "ParseOptions.withMaxStringLength");
  }

  @Test
  void aDocumentOfTenMebibytesIsReadAndOneByteMoreIsRefused() {
    WidgetCodec<Tag> codec = Widgets.codec(Tag.class);
    int tenMebibytes = 10 * 1024 * 1024;
    String json = padded(tenMebibytes);

    assertEquals(new Tag("x", 1), codec.fromJson(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(new Tag("x", 1), codec.fromJson(json));

    String tooLong = padded(tenMebibytes + 1);
    assertLimit(assertThrows(WidgetParseException.class, () -> codec.fromJson(tooLong.getBytes(StandardCharsets.UTF_8))),
        "exceeds the maximum allowed (10485760)", "ParseOptions.withMaxDocumentLength");
    assertLimit(assertThrows(WidgetParseException.class, () -> codec.fromJson(tooLong)),
        "exceeds the maximum allowed (10485760)", "ParseOptions.withMaxDocumentLength");
  }

  @Test
  void fiftyProblemsAreReportedAndNoMore() {
    StringBuilder json = new StringBuilder("{\"label\":\"x\",\"weight\":1");
    for (int i = 0; i < 51; i++) {
      json.append(",\"u").append(i).append("\":0");
    }
    String fiftyOne = json.append('}').toString();

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.fromJson(fiftyOne, Tag.class));

    assertEquals(50, e.problems().size());
    assertEquals("/u49", e.problems().get(49).pointer());
  }

  @Test
  void aLimitIsQuotedWholeWithWhatSetsIt() {
    ParseOptions small = DEFAULTS.withMaxDocumentLength(100);
    String json = "{\"label\":\"" + "a".repeat(200) + "\",\"weight\":1}";

    WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Tag.class).fromJson(json, small));

    assertEquals("At the document root: expected well-formed JSON within the parser's limits, found input past a limit"
        + " (Document length (223) exceeds the maximum allowed (100)). ParseOptions.withMaxDocumentLength sets this limit.",
        e.getMessage());
  }

  @Test
  void aParserMadeByTheOptionsFactoryCarriesTheLimitsIntoRead() throws IOException {
    ParseOptions shallow = DEFAULTS.withMaxNestingDepth(8);
    try (JsonParser parser = shallow.jsonFactory().createParser(boxes(5, ""))) {
      WidgetParseException e = assertThrows(WidgetParseException.class, () -> Widgets.codec(Node.class).read(parser, shallow));
      assertLimit(e, "exceeds the maximum allowed (8)", "ParseOptions.withMaxNestingDepth");
    }
  }

  @Test
  void aParserMadeElsewhereKeepsItsOwnLimits() throws IOException {
    // As WidgetCodec.read documents: options cannot change the limits of a parser made elsewhere.
    ParseOptions shallow = DEFAULTS.withMaxNestingDepth(8);
    try (JsonParser parser = new JsonFactory().createParser(boxes(5, ""))) {
      Node node = Widgets.codec(Node.class).read(parser, shallow);
      assertTrue(node instanceof Node.Box, String.valueOf(node));
    }
  }

  private static void assertLimit(WidgetParseException e, String sentence, String option) {
    ParseProblem problem = e.problems().get(e.problems().size() - 1);
    assertTrue(problem.found().contains(sentence), e.getMessage());
    assertEquals(option + " sets this limit.", problem.hint(), e.getMessage());
  }

  /** Trees whose data is {@code arrays} nested arrays. */
  private static String trees(int arrays) {
    return "{\"data\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  private static int depth(Trees trees) {
    int depth = 0;
    for (com.fasterxml.jackson.databind.JsonNode node = trees.data(); node.isArray(); node = node.path(0)) {
      depth++;
    }
    return depth;
  }

  /** {@code count} Boxes, each the only child of the one before, the last holding {@code innermost}. */
  private static String boxes(int count, String innermost) {
    return "{\"type\":\"Box\",\"children\":[".repeat(count) + innermost + "]}".repeat(count);
  }

  private static String tag(String label) {
    return "{\"label\":\"" + label + "\",\"weight\":1}";
  }

  /** A Tag padded with spaces to {@code length} characters (and bytes: all ASCII). */
  private static String padded(int length) {
    String json = "{\"label\":\"x\",\"weight\":1}";
    return json + " ".repeat(length - json.length());
  }
}
