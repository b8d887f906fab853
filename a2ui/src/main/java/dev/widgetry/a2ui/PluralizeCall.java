package dev.widgetry.a2ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.Objects;

/**
 * {@code pluralize}: Returns a localized string based on the Common Locale Data Repository (CLDR) plural
 * category of the count (zero, one, two, few, many, other). Requires an 'other' fallback. For English, just
 * use 'one' and 'other'.
 *
 * @param args its arguments
 * @param returnType {@code "string"}, or absent (the factories of {@code Functions} set it); A2UI v0.9 only: in v1.0
 *     the function implies it
 * @param catalogId the id of the catalog its function is of, when not its surface's; A2UI v1.0 and later
 */
@Widget("pluralize")
public record PluralizeCall(
    @JsonProperty(required = true) Args args, @A2uiUntil(A2uiVersion.V0_9) StringReturn returnType,
    @A2uiSince(A2uiVersion.V1_0) String catalogId)
    implements StringFunction {

  public PluralizeCall {
    Objects.requireNonNull(args, "args");
  }

  @Override
  public PluralizeCall withCatalogId(String catalogId) {
    return new PluralizeCall(args, returnType, catalogId);
  }

  /**
   * The arguments of {@code pluralize}.
   *
   * @param value the numeric value used to determine the plural category
   * @param zero string for the 'zero' category (e.g., 0 items)
   * @param one string for the 'one' category (e.g., 1 item)
   * @param two string for the 'two' category (used in Arabic, Welsh, etc.)
   * @param few string for the 'few' category (e.g., small groups in Slavic languages)
   * @param many string for the 'many' category (e.g., large groups in various languages)
   * @param other the default/fallback string (used for general plural cases)
   */
  @Widget
  public record Args(
      @JsonProperty(required = true) DynamicNumber value,
      DynamicString zero,
      DynamicString one,
      DynamicString two,
      DynamicString few,
      DynamicString many,
      @JsonProperty(required = true) DynamicString other) {

    public Args {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(other, "other");
    }
  }
}
