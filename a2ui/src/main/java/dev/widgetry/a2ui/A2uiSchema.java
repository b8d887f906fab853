package dev.widgetry.a2ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * JSON Schema text for a catalog document, where a record says less than the catalog means: on a
 * record component it replaces the prop's schema ({@code {"type": "string", "format": "uri"}}); on
 * a record it is merged into the record's object schema ({@code {"anyOf": [{"required": ["min"]},
 * {"required": ["max"]}]}}), on a function's record into the function's definition. Keep the
 * record's own checks in step with it: the reader enforces those, the document tells renderers and
 * models. What only a later version's document says (v1.0's function metadata, say) names that
 * version in {@link #since}:
 *
 * <pre>{@code
 * @A2uiSchema(value = "{\"requiresUserActivation\": true}", since = A2uiVersion.V1_0)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface A2uiSchema {

  /** A JSON object, as text. */
  String value();

  /** The first A2UI version whose catalog document takes it; the earlier ones' leave it out. */
  A2uiVersion since() default A2uiVersion.V0_9;
}
