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
 * {"required": ["max"]}]}}). Keep the record's own checks in step with it: the reader enforces
 * those, the document tells renderers and models.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface A2uiSchema {

  /** A JSON object, as text. */
  String value();
}
