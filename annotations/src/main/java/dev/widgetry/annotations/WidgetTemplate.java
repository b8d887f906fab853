package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a Widget Builder export ({@code .widget} file) to the annotated {@code @Widget} record
 * instead of a generated one: Widgetry's processor checks that the record can hold every value the
 * file's {@code jsonSchema} allows (each schema property is a component of a type that holds its
 * values, and no component the schema lacks is required), checks the template as {@link
 * WidgetTemplates} does, and generates {@code RTemplate} with {@code static WidgetRoot render(R
 * data)} beside record {@code R}.
 *
 * <p>The value is a resource path looked up as {@link WidgetTemplates} describes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WidgetTemplate {

  /** The resource path of the {@code .widget} file, such as {@code "widgets/flight_options.widget"}. */
  String value();
}
