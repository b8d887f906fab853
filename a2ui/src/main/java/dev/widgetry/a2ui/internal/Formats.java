package dev.widgetry.a2ui.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The {@code format} and {@code pattern} constraints of the A2UI schemas, checked where a value is
 * made: an absolute URI ({@code format: uri}), a {@code #rrggbb} color, and RFC 3339's full-date,
 * full-time and date-time ({@code format: date}, {@code time}, {@code date-time}).
 */
public final class Formats {
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  private Formats() {}

  /** Whether {@code text} is an absolute URI (RFC 3986: a scheme, then the rest). */
  public static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Throws unless {@code text} is an absolute URI; {@code what} names it in the message. */
  public static void requireAbsoluteUri(String text, String what) {
    if (!isAbsoluteUri(text)) {
      throw new IllegalArgumentException(what + " must be an absolute URI such as \"https://example.com/a\", and \""
          + text + "\" is not");
    }
  }

  /** Whether {@code text} is a color written {@code #rrggbb}. */
  public static boolean isColor(String text) {
    return COLOR.matcher(text).matches();
  }

  /**
   * Whether {@code text} is an RFC 3339 full-date ({@code 2025-01-31}), full-time
   * ({@code 09:30:00Z}, {@code 09:30:00.5+01:00}) or date-time ({@code 2025-01-31T09:30:00Z}):
   * times have seconds and an offset.
   */
  public static boolean isDateOrTime(String text) {
    return parses(text, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from)
        || parses(text, DateTimeFormatter.ISO_OFFSET_TIME, OffsetTime::from) && hasSeconds(text, 0)
        || isDateTime(text);
  }

  /** Whether {@code text} is an RFC 3339 date-time ({@code 2025-01-31T09:30:00Z}), seconds included. */
  public static boolean isDateTime(String text) {
    return parses(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from) && hasSeconds(text, 11);
  }

  private static boolean parses(String text, DateTimeFormatter format, java.time.temporal.TemporalQuery<?> query) {
    try {
      format.parse(text, query);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Java's ISO formats take {@code 09:30} without seconds; RFC 3339 does not. */
  private static boolean hasSeconds(String text, int timeStart) {
    return text.length() > timeStart + 8 && text.charAt(timeStart + 5) == ':';
  }
}
