package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional prop of a catalog record (or of a record a prop holds) as existing from an A2UI
 * version on, as TextField's {@code placeholder} exists from v1.0:
 *
 * <pre>{@code
 * @A2uiSince(A2uiVersion.V1_0) DynamicString placeholder,
 * }</pre>
 *
 * <p>The generated codec writes it in that version and later ones and refuses to write it (when
 * it is not null) in an earlier one, with an {@link IllegalArgumentException} naming the prop; it
 * reads it in that version and later ones and reads it as an unknown property in an earlier one.
 * The catalog document, and the strict render schema and prompt text for models
 * ({@link A2uiForModels}), of each version have it from that version on. Such a prop cannot be required: an earlier version's messages could not carry it.
 *
 * <p>On a record that a tagged union permits, it marks the whole member as existing from that
 * version on, as the {@code @index} call exists from v1.0:
 *
 * <pre>{@code
 * @Widget("@index")
 * @A2uiSince(A2uiVersion.V1_0)
 * public record IndexCall(Args args) implements NumberFunction {}
 * }</pre>
 *
 * <p>An earlier version's writer refuses the record wherever it is held, with an
 * {@link IllegalArgumentException} naming its tag, and an earlier version's reader reads its tag as
 * unknown.
 *
 * <p>On a constant of an enum a prop holds, it marks the constant as existing from that version on:
 * an earlier version's writer refuses it with an {@link IllegalArgumentException} naming it, an
 * earlier version's reader refuses its name (a problem at its JSON Pointer, naming the names that
 * version has), and an earlier version's catalog document leaves it out of the prop's {@code enum}.
 * The processor refuses an enum that would be left without constants in some version, and a
 * constant that no version would have.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.FIELD})
public @interface A2uiSince {

  /** The first version that has the prop. */
  A2uiVersion value();
}
