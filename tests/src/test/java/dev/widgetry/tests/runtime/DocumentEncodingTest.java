package dev.widgetry.tests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetCodec;
import dev.widgetry.runtime.WidgetParseException;
import dev.widgetry.runtime.Widgets;
import dev.widgetry.tests.model.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for both overloads of {@code fromJson}: the document is text, bytes are its UTF-8, and
 * one byte order mark before it is skipped. Each row is read as bytes and as the {@code String}
 * those bytes decode to in UTF-8, and both must come out the same: the same value, or refused.
 */
class DocumentEncodingTest {
  private static final String DOCUMENT = "{\"label\":\"x\",\"weight\":1}";
  private static final Tag READ = new Tag("x", 1);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  static Stream<Arguments> table() {
    return Stream.of(
        row("UTF-8", utf8(DOCUMENT), READ),
        row("UTF-8 after a byte order mark", concat(BOM, utf8(DOCUMENT)), READ),
        row("UTF-8 after a byte order mark and spaces", concat(BOM, utf8("  \n" + DOCUMENT)), READ),
        row("UTF-8 beyond ASCII", utf8("{\"label\":\"Zoë ✓ \uD83D\uDE00\",\"weight\":1}"), new Tag("Zoë ✓ \uD83D\uDE00", 1)),
        row("a byte order mark inside a string is text", utf8("{\"label\":\"\uFEFFx\",\"weight\":1}"), new Tag("\uFEFFx", 1)),
        row("two byte order marks", concat(BOM, BOM, utf8(DOCUMENT)), null),
        row("a byte order mark between properties", utf8("{\"label\":\"x\",\uFEFF\"weight\":1}"), null),
        row("a byte order mark and nothing else", BOM, null),
        row("nothing", new byte[0], null),
        row("UTF-16BE with its byte order mark", DOCUMENT.getBytes(StandardCharsets.UTF_16), null),
        row("UTF-16LE with its byte order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(DOCUMENT, StandardCharsets.UTF_16LE)), null),
        row("UTF-16BE", bytes(DOCUMENT, StandardCharsets.UTF_16BE), null),
        row("UTF-16LE", bytes(DOCUMENT, StandardCharsets.UTF_16LE), null),
        row("UTF-32BE", bytes(DOCUMENT, UTF_32BE), null),
        row("UTF-32LE", bytes(DOCUMENT, UTF_32LE), null),
        row("UTF-32BE with its byte order mark", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, bytes(DOCUMENT, UTF_32BE)), null),
        row("UTF-32LE with its byte order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, bytes(DOCUMENT, UTF_32LE)), null),
        row("bytes that look like UTF-32 in an odd order", new byte[] {0, 0, 0x7B, 0, 0, 0, 0x22, 0}, null),
        row("a zero byte after the document", concat(utf8(DOCUMENT), new byte[] {0}), null));
  }

  private static Arguments row(String name, byte[] bytes, Tag expected) {
    return Arguments.of(name, bytes, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void bytesAreReadByTheRule(String name, byte[] bytes, Tag expected) {
    WidgetCodec<Tag> codec = Widgets.codec(Tag.class);
    assertOutcome(expected, () -> codec.fromJson(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theTextOfTheSameBytesIsReadByTheSameRule(String name, byte[] bytes, Tag expected) {
    WidgetCodec<Tag> codec = Widgets.codec(Tag.class);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertOutcome(expected, () -> codec.fromJson(text));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAsSuch() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.codec(Tag.class).fromJson(bytes(DOCUMENT, StandardCharsets.UTF_16LE)));

    assertEquals("At the document root (line 1, column 1): expected JSON in UTF-8, found a zero byte at offset 1,"
        + " as in UTF-16 or UTF-32.", e.getMessage());
  }

  @Test
  void aUtf16ByteOrderMarkIsNamed() {
    WidgetParseException e = assertThrows(WidgetParseException.class,
        () -> Widgets.codec(Tag.class).fromJson(DOCUMENT.getBytes(StandardCharsets.UTF_16)));

    assertEquals("a UTF-16 byte order mark", e.problems().get(0).found());
  }

  private static void assertOutcome(Tag expected, Supplier<Tag> read) {
    if (expected != null) {
      assertEquals(expected, read.get());
      return;
    }
    WidgetParseException e = assertThrows(WidgetParseException.class, read::get);
    for (ParseProblem problem : e.problems()) {
      assertTrue(problem.line() >= 1 || problem.line() == -1, problem::message);
      assertTrue(problem.column() >= 1 || problem.column() == -1, problem::message);
    }
  }

  private static byte[] utf8(String text) {
    return bytes(text, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
