package dev.widgetry.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A string of 16 chars or more has its run of printable ASCII copied whole, and the rest escaped
 * char by char; a shorter one is written char by char throughout: around the end of that run and
 * of that length, in strings held as Latin-1 and as UTF-16, the bytes are Jackson's (surrogates,
 * which the two escape alike only through a generator, are {@code WriterParityTest}'s).
 */
class Utf8WriterStringsTest {

  @Test
  void eachStringIsWrittenAsJacksonQuotesIt() {
    List<String> strings = List.of("", "root-child-5-10", "/lines/3/price", "a\"b", "\\start", "end\\", "tab\there",
        "caf\u00e9 au lait", "\u00e9 first", "plain then \u0141 (a UTF-16 char whose low byte is 'A')",
        "\u0141ukasz", "\u4e2d\u6587 and ASCII after", "ASCII before \u4e2d\u6587", "nul \u0000 and \u001f", "del \u007f stays", "\u0122\u0127 low bytes quote and quote",
        "fifteen chars \u00e9", "sixteen chars \u00e9!", "exactly 16 chars", "sixteen \"quoted\"", "#20007", "12.34 \u20ac");
    for (String string : strings) {
      Utf8Writer writer = new Utf8Writer(16);
      writer.value(string);

      assertEquals(jackson(string), new String(writer.toByteArray(), StandardCharsets.UTF_8), string);
    }
  }

  private static String jackson(String string) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsUTF8(string), StandardCharsets.UTF_8) + "\"";
  }
}
