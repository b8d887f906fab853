package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional prop of a catalog record (or of a record a prop holds) as existing up to an
 * A2UI version and not after it, as TextField's {@code validationRegexp} exists in v0.9 only:
 *
 * <pre>{@code
 * @A2uiUntil(A2uiVersion.V0_9) String validationRegexp,
 * }</pre>
 *
 * <p>The counterpart of {@link A2uiSince}, and handled the same way: the generated codec writes
 * and reads the prop in that version and earlier ones, refuses to write it (when it is not null)
 * in a later one with an {@link IllegalArgumentException} naming the prop, and reads it there as
 * an unknown property. Such a prop cannot be required: a later version's messages could not carry it.
 * On a record that a tagged union permits, it marks the whole member as existing up to that
 * version, as {@link A2uiSince} marks one from a version on. On a constant of an enum a prop holds,
 * it marks the constant as existing up to that version, as Text's heading variants exist in v0.9
 * only: a later version's writer and reader refuse it, and its catalog document leaves it out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.FIELD})
public @interface A2uiUntil {

  /** The last version that has the prop. */
  A2uiVersion value();
}
