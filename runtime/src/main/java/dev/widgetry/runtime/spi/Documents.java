package dev.widgetry.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import dev.widgetry.runtime.ParseOptions;
import dev.widgetry.runtime.ParseProblem;
import dev.widgetry.runtime.WidgetParseException;
import java.io.IOException;
import java.util.List;

/**
 * Opens a JSON document for reading, by one rule for the two forms it comes in: a {@code String}
 * is the text, and {@code byte[]} is the text in UTF-8 (RFC 8259 asks for UTF-8 between systems).
 * One byte order mark before the document is skipped in either form ({@code EF BB BF}, or
 * {@code U+FEFF} in a {@code String}). Bytes in UTF-16 or UTF-32, which Jackson would take after
 * guessing their encoding, are refused: a zero byte among the first four, or a UTF-16 or UTF-32
 * byte order mark, cannot begin JSON in UTF-8.
 */
final class Documents {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  // Constants rather than varargs: each request's body is checked, and the arrays would be made each time.
  private static final int[] UTF32_LE_MARK = {0xFF, 0xFE, 0x00, 0x00};
  private static final int[] UTF32_BE_MARK = {0x00, 0x00, 0xFE, 0xFF};
  private static final int[] UTF16_BE_MARK = {0xFE, 0xFF};
  private static final int[] UTF16_LE_MARK = {0xFF, 0xFE};

  private Documents() {}

  static JsonParser open(String json, ParseOptions options) throws IOException {
    String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
    return options.jsonFactory().createParser(text);
  }

  static JsonParser open(byte[] json, ParseOptions options) throws IOException {
    String notUtf8 = notUtf8(json);
    if (notUtf8 != null) {
      throw new WidgetParseException(List.of(new ParseProblem("", "JSON in UTF-8", notUtf8, 1, 1, "")));
    }
    return options.jsonFactory().createParser(json);
  }

  /** What shows that {@code json} is not UTF-8, or null. */
  private static String notUtf8(byte[] json) {
    if (startsWith(json, UTF32_LE_MARK) || startsWith(json, UTF32_BE_MARK)) {
      return "a UTF-32 byte order mark";
    }
    if (startsWith(json, UTF16_BE_MARK) || startsWith(json, UTF16_LE_MARK)) {
      return "a UTF-16 byte order mark";
    }
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        return "a zero byte at offset " + i + ", as in UTF-16 or UTF-32";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] json, int[] prefix) {
    if (json.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((json[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
