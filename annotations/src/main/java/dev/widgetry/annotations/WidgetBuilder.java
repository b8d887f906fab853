package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks Widgetry's processor for a builder beside a {@code @Widget} record: {@code CardBuilder} for
 * {@code Card}, with one setter per component, named as the component ({@code List} components
 * also take varargs, {@code Optional} ones take the bare value), and {@code build()}. Expose it
 * from the record with {@code public static CardBuilder builder() { return new CardBuilder(); }}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WidgetBuilder {}
