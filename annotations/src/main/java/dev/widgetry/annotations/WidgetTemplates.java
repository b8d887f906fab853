package dev.widgetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compiles Widget Builder exports ({@code .widget} files) into Java. For each file, Widgetry's
 * processor generates, in the annotated package (or the annotated type's package), a {@code @Widget}
 * data record named after the file in UpperCamelCase ({@code FlightOptions} for {@code
 * flight_options.widget}), built from the file's {@code jsonSchema}, and {@code
 * FlightOptionsTemplate} with {@code static WidgetRoot render(FlightOptions data)}, which builds the
 * widget the template renders as plain Java: no template engine and no JSON at run time.
 *
 * <p>The template is checked at compile time against its data's schema and the ChatKit catalog, on
 * every branch and loop count; what fails is a compile error on this annotation that names the place
 * in the file ({@code flight_options.widget:1:214}).
 *
 * <p>Each value is a resource path, such as {@code "widgets/flight_options.widget"}, looked up under
 * {@code src/main/resources} (or {@code src/test/resources} for test sources) of the project being
 * compiled, and under every directory the processor option {@code widgetry.templates} lists
 * (separated by the platform's path separator).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface WidgetTemplates {

  /** Resource paths of {@code .widget} files, such as {@code "widgets/flight_options.widget"}. */
  String[] value();
}
