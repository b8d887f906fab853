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
 * <p>It also binds an A2UI component file ({@code .json}), as an A2UI builder exports it: an example
 * {@code {"name", "description", "messages": [...]}} of v0.9 messages for one surface, or a bare list
 * of components of the basic catalog. The processor checks the messages, every component and prop
 * against the basic catalog (which {@code widgetry-a2ui} puts on the class path), and every data
 * binding against the record, and generates {@code RTemplate} with {@code static List<ServerMessage>
 * messages(String surfaceId, R data)} (and {@code messages(R data)} for a file that names its
 * surface): the file's createSurface and updateComponents with the data model written from
 * {@code data} in place of the file's example data.
 *
 * <p>The value is a resource path looked up as {@link WidgetTemplates} describes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WidgetTemplate {

  /**
   * The resource path of the {@code .widget} or A2UI {@code .json} file, such as
   * {@code "widgets/flight_options.widget"}.
   */
  String value();
}
