package dev.widgetry.chatkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.runtime.spi.ParserContract;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Inputs that fuzzing found breaking the contract of reading (issue 11's run, and
 * {@link ParserFuzzTest}), each kept under a name: it must keep {@link ParserContract} now, and
 * its refusal says what it should.
 */
class FuzzFoundInputsTest {
  private static final ParseOptions OPTIONS = ParseOptions.defaults();
  private static final ParseOptions LARGE_CAP = OPTIONS.withMaxProblems(10_000);

  @Test
  void anExponentPastAnIntInAnIntegerField() {
    for (String number : new String[] {"1e2147483648", "0e2147483648", "1e-2147483649", "1E+2147483647"}) {
      byte[] input = utf8("{\"type\":\"Card\",\"children\":[{\"type\":\"Text\",\"value\":\"a\",\"maxLines\":" + number + "}]}");

      assertKept(input, Card.class);
      assertEquals(List.of("/children/0/maxLines"), pointers(refusal(input, Card.class, OPTIONS)));
    }
  }

  @Test
  void anExponentPastAnIntInANumberField() {
    for (String number : new String[] {"1e2147483648", "1e-2147483649", "1E+2147483647"}) {
      byte[] input = utf8("{\"type\":\"Card\",\"children\":[{\"type\":\"Box\",\"gap\":" + number + "}]}");

      assertKept(input, Card.class);
    }
  }

  @Test
  void bytesThatLookLikeUtf32() {
    byte[] input = {0x00, 0x00, 0x7B, 0x00, 0x00, 0x00, 0x22, 0x00};

    assertKept(input, WidgetRoot.class);
    assertEquals("JSON in UTF-8", refusal(input, WidgetRoot.class, OPTIONS).problems().get(0).expected());
  }

  @Test
  void aTypeThatIsANumberAndComesLast() {
    byte[] input = utf8("{\"type\":\"Card\",\"children\":[{\"value\":\"a\",\"type\":7}]}");

    assertKept(input, Card.class);
    assertEquals(List.of("/children/0/type"), pointers(refusal(input, Card.class, LARGE_CAP)));
  }

  @Test
  void theFortyFourBytesThatSpunToTwoMillionProblems() {
    byte[] input = utf8("{\"type\":\"Group\",\"shapes\":[{\"w\":2,\"type\":1}]}");

    assertEquals(44, input.length);
    assertKept(input, WidgetRoot.class);
    assertEquals(List.of("/type"), pointers(refusal(input, WidgetRoot.class, LARGE_CAP)));
    assertKept(utf8("{\"type\":\"Card\",\"children\":[{\"w\":2,\"type\":1}]}"), Card.class);
  }

  @Test
  void explicitNullsInAnUntaggedObject() {
    byte[] input = utf8("{\"type\":\"Box\",\"padding\":{\"top\":null,\"x\":null}}");

    assertKept(input, WidgetComponent.class);
  }

  @Test
  void aKeyTwiceInAnActionPayload() {
    byte[] input = utf8("{\"type\":\"Button\",\"onClickAction\":{\"type\":\"a\",\"payload\":{\"a\":1,\"a\":2}}}");

    assertKept(input, WidgetComponent.class);
    assertEquals(List.of("/onClickAction/payload/a"), pointers(refusal(input, WidgetComponent.class, OPTIONS)));
  }

  @Test
  void nothingAtAll() {
    assertKept(new byte[0], WidgetRoot.class);
    assertKept(utf8("\uFEFF"), WidgetRoot.class);
  }

  // Found by ParserFuzzTest's generator, run against the reader before this suite kept it
  // (seed and input number in each name's comment); each then spun to the problem cap.

  @Test
  void aTypeTooSmallForABigDecimalInAnObjectRecordedForItsTag() {
    // Seed 13, input 277.
    byte[] input = utf8("{\"children\":[{\"value\":\"Sales, first quarter\",\"type\":1e-2147483649,"
        + "\"value\":\"Sales, first quarter\"}],\"size\":\"lg\",\"type\":\"Card\"}");

    assertKept(input, Card.class);
    assertEquals(List.of("/children/0/type"), pointers(refusal(input, Card.class, LARGE_CAP)));
  }

  @Test
  void anArrayForAComponentAndAnArrayForATag() {
    // Seed 13, input 1527.
    byte[] input = utf8("{\"status\":{\"text\":\"Searching docs.example.com\",\"favicon\":\"https://docs.example.com/favicon.ico\","
        + "\"frame\":true},\"children\":[[{\"type\":\"\"}],{\"children\":{\"padding\":{\"x\":3,\"y\":2},\"radius\":\"md\","
        + "\"background\":\"gray-100\",\"children\":[{\"value\":\"3 sources\",\"type\":\"Caption\"}],\"type\":\"Box\"},"
        + "\"type\":[{\"type\":\"Text\"}]}],\"type\":\"Card\"}");

    assertKept(input, Card.class);
    assertEquals(List.of("/children/0", "/children/1/type"), pointers(refusal(input, Card.class, LARGE_CAP)));
  }

  @Test
  void aNullTagAfterTheObjectsItHolds() {
    // Seed 13, input 987.
    byte[] input = utf8("{\"type\":\"Card\",\"status\":{\"text\":\"Searching docs.example.com\","
        + "\"favicon\":\"https://docs.example.com/favicon.ico\",\"frame\":true},\"children\":[{\"type\":\"Markdown\","
        + "\"value\":\"The **retry** policy backs off \",\"streaming\":true,\"id\":\"answer\"},{\"children\":{\"type\":\"Box\","
        + "\"padding\":{\"x\":3,\"y\":2},\"radius\":\"md\",\"background\":\"gray-100\",\"children\":[{\"type\":\"Caption\","
        + "\"value\":\"3 sources\"}]},\"type\":null}]}");

    assertKept(input, Card.class);
    assertEquals(List.of("/children/1/type"), pointers(refusal(input, Card.class, LARGE_CAP)));
  }

  @Test
  void tagsOfTheWrongKindAtThreeDepthsOfARecordedRoot() {
    // Seed 12, input 3021.
    byte[] input = utf8("{\"status\":{\"text\":\"Searching docs.example.com\",\"favicon\":\"https://docs.example.com/favicon.ico\","
        + "\"frame\":true},\"children\":[{\"value\":\"The **retry** policy backs off \",\"streaming\":true,\"id\":\"answer\","
        + "\"type\":\"Markdown\"},{\"children\":{\"padding\":{\"x\":3,\"y\":2},\"radius\":\"md\",\"background\":\"gray-100\","
        + "\"children\":[{\"value\":\"3 sources\",\"type\":0.5}],\"type\":{\"value\":\"x\",\"type\":\"ListView\"}},"
        + "\"type\":1}],\"type\":\"Card\"}");

    assertKept(input, WidgetNode.class);
    assertEquals(List.of("/children/1/type"), pointers(refusal(input, WidgetNode.class, LARGE_CAP)));
  }

  @Test
  void aNullTagDeepInARecordedRootAndAnInfinitePadding() {
    // Seed 12, input 2771.
    byte[] input = utf8("{\"status\":{\"text\":\"Searching docs.example.com\",\"favicon\":\"https://docs.example.com/favicon.ico\","
        + "\"frame\":true},\"children\":[{\"value\":\"The **retry** policy backs off \",\"streaming\":true,\"id\":\"answer\","
        + "\"type\":\"Markdown\"},{\"children\":{\"padding\":{\"x\":3,\"y\":2},\"radius\":\"md\",\"background\":\"gray-100\","
        + "\"children\":[{\"value\":null,\"type\":null}],\"type\":\"Box\"},\"type\":\"Transition\"}],\"padding\":1E+2147483647,"
        + "\"type\":\"Card\"}");

    assertKept(input, WidgetNode.class);
    assertEquals(List.of("/children/1/children/children/0/type", "/padding"),
        pointers(refusal(input, WidgetNode.class, LARGE_CAP)));
  }

  @Test
  void textInUtf32WithAStrayQuote() {
    // Seed 12, input 1916: UTF-32LE cut short, which Jackson's UTF-32 reader gave up on.
    byte[] input = utf8("{\u0000\u0000\u0000\"\u0000\u0000\u0000t\u0000\u0000\u0000y\u0000\u0000\u0000p\u0000\u0000\u0000e\u0000\u0000"
        + "\u0000\"\u0000\u0000\u0000:\u0000\u0000\u0000\"\u0000\u0000\"B\u0000\u0000\u0000a\u0000\u0000\u0000s\u0000\u0000\u0000");

    assertKept(input, WidgetNode.class);
  }

  private static void assertKept(byte[] input, Class<?> type) {
    assertNull(ParserContract.check(input, type, OPTIONS), () -> javaString(input));
  }

  private static WidgetParseException refusal(byte[] input, Class<?> type, ParseOptions options) {
    return assertThrows(WidgetParseException.class, () -> Widgets.codec(type).fromJson(input, options));
  }

  private static List<String> pointers(WidgetParseException e) {
    return e.problems().stream().map(ParseProblem::pointer).collect(Collectors.toList());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code input} as Java source that makes it again: a string in {@code utf8(...)} when it is
   * UTF-8, else an array of bytes. How {@link ParserFuzzTest} prints what it finds.
   */
  static String javaString(byte[] input) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
      StringBuilder literal = new StringBuilder("utf8(\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          literal.append('\\').append(c);
        } else if (c >= 0x20 && c < 0x7F) {
          literal.append(c);
        } else {
          literal.append(String.format("\\u%04x", (int) c));
        }
      }
      return literal.append("\")").toString();
    } catch (CharacterCodingException e) {
      StringBuilder array = new StringBuilder("new byte[] {");
      for (int i = 0; i < input.length; i++) {
        array.append(i == 0 ? "" : ", ").append(String.format("(byte) 0x%02X", input[i]));
      }
      return array.append('}').toString();
    }
  }
}
