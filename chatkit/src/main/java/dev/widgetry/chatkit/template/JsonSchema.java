package dev.widgetry.chatkit.template;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bounds a {@code .widget} file's {@code jsonSchema} puts on its data, as the constraints
 * Widgetry's processor reads on record components: the data records it generates from a schema
 * carry them, so their schemas, tool definitions and parsers keep {@code minLength}, {@code
 * pattern}, {@code format: email}, {@code minItems} and the numeric bounds. They mean what Jakarta
 * Validation's annotations of the same names mean, without a dependency on it.
 */
public final class JsonSchema {
  private JsonSchema() {}

  /** {@code minLength}/{@code maxLength} of a string, {@code minItems}/{@code maxItems} of a list. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface Size {
    int min() default 0;

    int max() default Integer.MAX_VALUE;
  }

  /** {@code pattern}: the whole string matches {@code regexp}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface Pattern {
    String regexp();
  }

  /** {@code format: email}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface Email {}

  /** {@code minimum} of an integer. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface Min {
    long value();
  }

  /** {@code maximum} of an integer. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface Max {
    long value();
  }

  /** {@code minimum}, or {@code exclusiveMinimum} when not {@code inclusive}, of any number. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface DecimalMin {
    String value();

    boolean inclusive() default true;
  }

  /** {@code maximum}, or {@code exclusiveMaximum} when not {@code inclusive}, of any number. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
  public @interface DecimalMax {
    String value();

    boolean inclusive() default true;
  }
}
