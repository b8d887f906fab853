package dev.widgetry.processor.model;

import java.math.BigDecimal;

/** A Jakarta Validation constraint, read by annotation name, enforced by the parser and stated in the schema. */
public sealed interface Constraint {

  /** {@code @NotBlank}: a string with a character that is not whitespace. */
  record NotBlank() implements Constraint {}

  /**
   * {@code @Size} or {@code @NotEmpty}: a string's length, or the size of an array, collection or
   * map. {@code max} is {@link Integer#MAX_VALUE} when open.
   */
  record Size(int min, int max) implements Constraint {}

  /**
   * A numeric bound: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
   * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}.
   */
  record Bound(boolean lower, BigDecimal value, boolean exclusive) implements Constraint {}

  /** {@code @Pattern}: the whole string matches {@code regex} (Java syntax). */
  record Pattern(String regex) implements Constraint {}

  /** {@code @Email}. */
  record Email() implements Constraint {}
}
