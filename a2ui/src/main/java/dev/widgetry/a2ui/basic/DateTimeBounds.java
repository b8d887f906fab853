package dev.widgetry.a2ui.basic;

import dev.widgetry.a2ui.DynamicString;
import dev.widgetry.a2ui.StringLiteral;
import dev.widgetry.a2ui.internal.Formats;

/**
 * DateTimeInput's literal {@code min} and {@code max}: the schema asks for an RFC 3339 full-date,
 * full-time or date-time ({@code 2025-01-31}, {@code 09:30:00Z}, {@code 2025-01-31T09:30:00Z}).
 */
final class DateTimeBounds {
  /** What the catalog document says of a bound: a DynamicString that, when a literal, is one of the three formats. */
  static final String SCHEMA = "{\"$ref\": null, \"allOf\": [{\"$ref\": \"https://a2ui.org/specification/v0_9/common_types.json#/$defs/DynamicString\"},"
      + " {\"if\": {\"type\": \"string\"}, \"then\": {\"oneOf\": [{\"format\": \"date\"}, {\"format\": \"time\"},"
      + " {\"format\": \"date-time\"}]}}]}";

  private DateTimeBounds() {}

  static void check(DynamicString bound, String name) {
    if (bound instanceof StringLiteral && !Formats.isDateOrTime(((StringLiteral) bound).value())) {
      throw new IllegalArgumentException("DateTimeInput." + name + " must be an RFC 3339 date (2025-01-31), time"
          + " (09:30:00Z) or date-time (2025-01-31T09:30:00Z), with seconds and an offset for times, and \""
          + ((StringLiteral) bound).value() + "\" is not");
    }
  }
}
