package dev.widgetry.benchmarks.handwritten;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written UTF-8 writer escapes and encodes as Jackson does, so it can be held to the same bytes. */
class Utf8OutTest {
  private final ObjectMapper jackson = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"plain", "quote \" and \\ backslash", "tab\tnew\nline\rfeed\fback\b", "\u0001\u001f\u007f",
      "Zoë · 12,50 €", "中文", "emoji \uD83D\uDE00 pair", ""})
  void stringsAreWrittenAsJacksonWritesThem(String value) throws Exception {
    Utf8Out out = new Utf8Out(4);
    out.string(value);
    assertArrayEquals(jackson.writeValueAsBytes(value), out.toByteArray());
  }

  @Test
  void numbersAreWrittenAsWidgetryWritesThem() throws Exception {
    Utf8Out out = new Utf8Out(4);
    out.number(Long.MIN_VALUE);
    out.raw(',');
    out.number(-42L);
    out.raw(',');
    out.number(4.0);
    out.raw(',');
    out.number(0.5);
    out.raw(',');
    out.number(1e300);
    assertArrayEquals(("-9223372036854775808,-42,4,0.5,1.0E300").getBytes(StandardCharsets.US_ASCII),
        out.toByteArray());
  }

  @Test
  void aLoneSurrogateIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Utf8Out(4).string("\uD83D alone"));
  }
}
